package io.igstudio.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person's saved reply; {@code {username}} is filled in with the commenter's username when inserted. */
@Entity
@Table(name = "saved_reply")
public class SavedReply {

    @Id
    private String id;
    @Column(name = "user_id", nullable = false)
    private String userId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String text;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedReply() {
    }

    SavedReply(String userId, String title, String text, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.title = title;
        this.text = text;
        this.createdAt = now;
    }

    public String getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    /** The text with {@code {username}} replaced. */
    public static String fill(String text, String username) {
        return text.replace("{username}", username == null ? "" : username);
    }
}
