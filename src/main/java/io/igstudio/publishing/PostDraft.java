package io.igstudio.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A composed post as typed, saved on every submit (rejected or not) and by "Save draft". */
@Entity
@Table(name = "post_draft")
public class PostDraft {

    @Id
    private String id;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "post_type", nullable = false)
    private String postType;

    private String caption;

    @Column(nullable = false)
    private String fields;

    private boolean submitted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PostDraft() {
    }

    PostDraft(String userId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.createdAt = now;
    }

    void keep(ComposeForm form, Instant now) {
        this.postType = form.type().name();
        String caption = form.get("caption");
        this.caption = caption.length() > 200 ? caption.substring(0, 200) : caption;
        this.fields = form.toJson();
        this.updatedAt = now;
    }

    void submitted() {
        this.submitted = true;
    }

    public String getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public PostType getPostType() {
        return PostType.valueOf(postType);
    }

    public String getCaption() {
        return caption;
    }

    public ComposeForm getForm() {
        return ComposeForm.fromJson(fields);
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
