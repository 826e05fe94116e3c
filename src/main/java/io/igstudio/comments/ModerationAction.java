package io.igstudio.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What a rule did by itself to a comment, kept so the inbox can name the rule and undo it. */
@Entity
@Table(name = "moderation_action")
public class ModerationAction {

    @Id
    private String id;
    @Column(name = "user_id", nullable = false)
    private String userId;
    @Column(name = "comment_id", nullable = false)
    private String commentId;
    @Column(name = "rule_id")
    private String ruleId;
    @Column(name = "rule_name", nullable = false)
    private String ruleName;
    @Column(nullable = false)
    private String action;
    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;
    @Column(name = "undone_at")
    private Instant undoneAt;

    protected ModerationAction() {
    }

    ModerationAction(String userId, String commentId, ModerationRule rule, String action, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.commentId = commentId;
        this.ruleId = rule.getId();
        this.ruleName = rule.getName();
        this.action = action;
        this.actedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getCommentId() {
        return commentId;
    }

    public String getRuleName() {
        return ruleName;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }

    void undone(Instant now) {
        this.undoneAt = now;
    }
}
