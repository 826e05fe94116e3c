package io.igstudio.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One thing a person is told about, with a link to it, read or not. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private String id;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String message;

    private String link;

    /** Names the event when the caller has one (kind and post id, say), so that it is told once only. */
    @Column(name = "event_key")
    private String eventKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(String userId, NotificationKind kind, String message, String link, String eventKey, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.kind = kind.name();
        this.message = message.length() > 500 ? message.substring(0, 499) + "…" : message;
        this.link = link;
        this.eventKey = eventKey;
        this.createdAt = now;
    }

    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public String getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public NotificationKind getKind() {
        return NotificationKind.valueOf(kind);
    }

    public String getMessage() {
        return message;
    }

    public String getLink() {
        return link;
    }

    public String getEventKey() {
        return eventKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
