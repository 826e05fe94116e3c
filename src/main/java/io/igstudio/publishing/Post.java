package io.igstudio.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One post for one account on its way to Instagram; see {@link PostState} for the steps. */
@Entity
@Table(name = "post")
public class Post {

    @Id
    private String id;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "draft_id")
    private String draftId;

    @Column(name = "account_id", nullable = false)
    private String accountId;

    @Column(name = "post_type", nullable = false)
    private String postType;

    @Column(nullable = false)
    private String spec;

    @Column(nullable = false)
    private String state;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    private int attempts;

    private int polls;

    @Column(name = "child_containers")
    private String childContainers;

    @Column(name = "container_id")
    private String containerId;

    @Column(name = "media_id")
    private String mediaId;

    private String permalink;

    @Column(name = "waiting_reason")
    private String waitingReason;

    private String failure;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The wall-clock time the person chose ("2026-11-27T09:00") and its zone; scheduled_at is computed. */
    @Column(name = "scheduled_local")
    private String scheduledLocal;

    @Column(name = "scheduled_zone")
    private String scheduledZone;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    protected Post() {
    }

    Post(String userId, String draftId, String accountId, PostSpec spec, Instant due, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.draftId = draftId;
        this.accountId = accountId;
        this.postType = spec.type().name();
        this.spec = spec.toJson();
        this.state = PostState.QUEUED.name();
        this.dueAt = due;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void moveTo(PostState next, Instant due, Instant now) {
        this.state = next.name();
        this.dueAt = due;
        this.updatedAt = now;
        this.waitingReason = null;
        if (next != PostState.PROCESSING && next != PostState.CONTAINERS) {
            this.polls = 0;
        }
    }

    /**
     * The next state within the same step (QUEUED → CONTAINERS → READY of a photo): the claim's lease stays, so no
     * other worker or instance claims the post while this step goes on with it. Without a lease (a due time
     * already past) the post is due now.
     */
    void moveOn(PostState next, Instant now) {
        moveTo(next, dueAt != null && dueAt.isAfter(now) ? dueAt : now, now);
    }

    void waitUntil(Instant due, String reason, Instant now) {
        this.dueAt = due;
        this.waitingReason = reason;
        this.updatedAt = now;
    }

    /** Claimed by a timer tick: nobody else takes it before {@code until}. */
    void waitUntilLeased(Instant until) {
        this.dueAt = until;
    }

    void polled(Instant due, Instant now) {
        this.polls++;
        this.dueAt = due;
        this.updatedAt = now;
    }

    int failedAttempt(Instant due, String reason, Instant now) {
        this.attempts++;
        waitUntil(due, reason, now);
        return attempts;
    }

    void failed(String reason, Instant now) {
        this.state = PostState.FAILED.name();
        this.failure = reason;
        this.waitingReason = null;
        this.updatedAt = now;
    }

    /** Retry after FAILED (or MISSED): starts again from the containers, keeping nothing Meta may have dropped. */
    public void retry(Instant now) {
        this.state = PostState.QUEUED.name();
        this.failure = null;
        this.attempts = 0;
        this.polls = 0;
        this.childContainers = null;
        this.containerId = null;
        this.dueAt = now;
        this.updatedAt = now;
    }

    void childContainers(List<String> ids, Instant now) {
        this.childContainers = String.join(",", ids);
        this.updatedAt = now;
    }

    void container(String containerId, Instant now) {
        this.containerId = containerId;
        this.updatedAt = now;
    }

    /** An EXPIRED container is recreated from scratch. */
    void forgetContainers(Instant now) {
        this.childContainers = null;
        this.containerId = null;
        moveTo(PostState.CONTAINERS, now, now);
    }

    void published(String mediaId, Instant now) {
        this.mediaId = mediaId;
        this.state = PostState.PUBLISHED.name();
        this.publishedAt = now;
        this.updatedAt = now;
        this.waitingReason = null;
    }

    /** Scheduled (or rescheduled) for a wall-clock time in a zone; {@code at} is computed from both. */
    public void schedule(LocalDateTime local, ZoneId zone, Instant at, Instant now) {
        this.state = PostState.SCHEDULED.name();
        this.scheduledLocal = local.toString();
        this.scheduledZone = zone.getId();
        this.scheduledAt = at;
        this.dueAt = at;
        this.updatedAt = now;
        this.waitingReason = null;
        this.failure = null;
    }

    /** Claimed when due and not too late: the pipeline takes it from here. */
    void startFromSchedule(Instant now) {
        moveTo(PostState.QUEUED, now, now);
    }

    /** Claimed too long after its time: left for the person to decide. */
    void missed(String reason, Instant now) {
        this.state = PostState.MISSED.name();
        this.failure = reason;
        this.updatedAt = now;
    }

    /** The caption, while the pipeline has not started. */
    public void caption(String caption, Instant now) {
        PostSpec s = getSpec();
        this.spec = new PostSpec(s.type(), caption, s.items(), s.collaborators(), s.locationId(), s.coverFileId(),
                s.thumbOffsetMs(), s.audioName(), s.shareToFeed(), s.trialGraduation(), s.aiGenerated()).toJson();
        this.updatedAt = now;
    }

    /** A copy for the same account, not yet scheduled (the caller schedules it). */
    public Post duplicate(Instant now) {
        Post copy = new Post(userId, draftId, accountId, getSpec(), now, now);
        return copy;
    }

    void fromDraft(String draftId) {
        this.draftId = draftId;
    }

    /** Deleted at Meta: the post is gone from Instagram; this row stays as the record of it. */
    void deletedAtMeta(Instant now) {
        this.state = PostState.DELETED.name();
        this.permalink = null;
        this.updatedAt = now;
    }

    void permalink(String permalink) {
        this.permalink = permalink;
    }

    public String getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getDraftId() {
        return draftId;
    }

    public String getAccountId() {
        return accountId;
    }

    public PostSpec getSpec() {
        return PostSpec.fromJson(spec);
    }

    public PostState getState() {
        return PostState.valueOf(state);
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getPolls() {
        return polls;
    }

    public List<String> getChildContainers() {
        return childContainers == null || childContainers.isBlank() ? List.of()
                : Arrays.asList(childContainers.split(","));
    }

    public String getContainerId() {
        return containerId;
    }

    public String getMediaId() {
        return mediaId;
    }

    public String getPermalink() {
        return permalink;
    }

    public String getWaitingReason() {
        return waitingReason;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public LocalDateTime getScheduledLocal() {
        return scheduledLocal == null ? null : LocalDateTime.parse(scheduledLocal);
    }

    public ZoneId getScheduledZone() {
        return scheduledZone == null ? null : ZoneId.of(scheduledZone);
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }
}
