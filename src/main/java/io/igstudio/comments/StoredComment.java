package io.igstudio.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A comment IG Studio knows of, for one person's account; the inbox is built from these. */
@Entity
@Table(name = "ig_comment")
public class StoredComment {

    @Id
    private String id;
    @Column(name = "user_id", nullable = false)
    private String userId;
    @Column(name = "account_id", nullable = false)
    private String accountId;
    @Column(name = "ig_comment_id", nullable = false)
    private String igCommentId;
    @Column(name = "media_id", nullable = false)
    private String mediaId;
    @Column(name = "parent_ig_id")
    private String parentIgId;
    private String username;
    @Column(nullable = false)
    private String text;
    @Column(name = "commented_at", nullable = false)
    private Instant commentedAt;
    private boolean hidden;
    @Column(name = "like_count")
    private long likeCount;
    private boolean own;
    private boolean answered;
    @Column(name = "has_question")
    private boolean hasQuestion;
    @Column(name = "has_link")
    private boolean hasLink;
    @Column(name = "private_replied")
    private boolean privateReplied;
    private boolean deleted;
    private boolean screened;
    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    protected StoredComment() {
    }

    StoredComment(String userId, String accountId, String igCommentId, String mediaId, String parentIgId,
                  String username, String text, Instant commentedAt, boolean own, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.accountId = accountId;
        this.igCommentId = igCommentId;
        this.mediaId = mediaId;
        this.parentIgId = parentIgId;
        this.username = username;
        this.own = own;
        this.commentedAt = commentedAt;
        this.storedAt = now;
        setText(text);
    }

    void setText(String text) {
        this.text = text == null ? "" : text;
        this.hasQuestion = this.text.contains("?");
        this.hasLink = CommentRules.hasLink(this.text);
    }

    public String getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getIgCommentId() {
        return igCommentId;
    }

    public String getMediaId() {
        return mediaId;
    }

    public String getParentIgId() {
        return parentIgId;
    }

    public String getUsername() {
        return username;
    }

    public String getText() {
        return text;
    }

    public Instant getCommentedAt() {
        return commentedAt;
    }

    public boolean isHidden() {
        return hidden;
    }

    void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public long getLikeCount() {
        return likeCount;
    }

    void setLikeCount(long likeCount) {
        this.likeCount = likeCount;
    }

    public boolean isOwn() {
        return own;
    }

    public boolean isAnswered() {
        return answered;
    }

    void setAnswered(boolean answered) {
        this.answered = answered;
    }

    public boolean isPrivateReplied() {
        return privateReplied;
    }

    void setPrivateReplied(boolean privateReplied) {
        this.privateReplied = privateReplied;
    }

    public boolean isDeleted() {
        return deleted;
    }

    void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }

    public boolean isScreened() {
        return screened;
    }

    void screened() {
        this.screened = true;
    }

    public boolean isReply() {
        return parentIgId != null;
    }
}
