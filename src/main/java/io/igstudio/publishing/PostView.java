package io.igstudio.publishing;

import java.time.Instant;

/** A post as its page and its JSON progress endpoint show it. */
public record PostView(String id, String accountId, String username, PostType type, PostState state,
                       String waitingReason, String failure, String permalink, String mediaId, String draftId,
                       String caption, Instant createdAt, Instant dueAt, Instant publishedAt) {

    static PostView of(Post p, String username) {
        PostSpec spec = p.getSpec();
        return new PostView(p.getId(), p.getAccountId(), username, spec.type(), p.getState(), p.getWaitingReason(),
                p.getFailure(), p.getPermalink(), p.getMediaId(), p.getDraftId(), spec.caption(), p.getCreatedAt(),
                p.getDueAt(), p.getPublishedAt());
    }

    /** The waiting reason split around the time it names (shown in the person's zone), or null. */
    public WaitingReason waiting() {
        return WaitingReason.of(waitingReason);
    }

    /** The page's parts of the waiting reason (empty when it does not wait; the template language has no ?.). */
    public String waitingBefore() {
        return waiting() == null ? "" : waiting().before();
    }

    public Instant waitingAt() {
        return waiting() == null ? null : waiting().at();
    }

    public String waitingAtUtc() {
        return waiting() == null ? "" : waiting().atUtc();
    }

    public String waitingAfter() {
        return waiting() == null ? "" : waiting().after();
    }

    public String step() {
        return state.label();
    }

    public boolean finished() {
        return state.finished();
    }
}
