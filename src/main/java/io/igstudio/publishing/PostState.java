package io.igstudio.publishing;

/**
 * Where one post stands on its way to Instagram. Each state names the next thing to do, so that the
 * timer can resume any post after a crash: QUEUED (check the quota) → CONTAINERS (create them, ids
 * committed one by one) → PROCESSING (poll Meta until FINISHED) → READY → PUBLISHING (committed with the
 * container id before {@code media_publish}) → PUBLISHED, or FAILED with a reason and Retry. A scheduled post
 * starts as SCHEDULED and is claimed like any other when its time comes.
 */
public enum PostState {
    /** Waiting for its time (issue 19); a claim turns it QUEUED, or MISSED when it is too late. */
    SCHEDULED("Scheduled"),
    QUEUED("Waiting to start"),
    CONTAINERS("Sending the media to Instagram"),
    PROCESSING("Instagram is processing the media"),
    READY("Ready to publish"),
    PUBLISHING("Publishing"),
    PUBLISHED("Published"),
    FAILED("Not published"),
    DELETED("Deleted from Instagram"),
    /** Its time passed while IG Studio was down for longer than the allowed lateness: the person decides. */
    MISSED("Missed");

    private final String label;

    PostState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == PUBLISHED || this == FAILED || this == DELETED || this == MISSED;
    }
}
