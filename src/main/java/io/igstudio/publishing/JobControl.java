package io.igstudio.publishing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * What an administrator may do to anyone's post from the admin console (the owner's own Retry is
 * {@link Composer#retry}): retry a failed one, cancel one on its way, or have a stuck one tried now.
 */
@Stateless
public class JobControl {

    static final String CANCELLED = "Cancelled by an administrator.";

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** @return false when the post is not FAILED (nothing done) */
    public boolean retry(String postId) {
        Post post = find(postId);
        if (post == null || post.getState() != PostState.FAILED) {
            return false;
        }
        post.retry(clock.instant());
        return true;
    }

    /** Stops a post that is not finished: it ends FAILED with a reason, and can be retried later. */
    public boolean cancel(String postId) {
        Post post = find(postId);
        if (post == null || post.getState().finished()) {
            return false;
        }
        post.failed(CANCELLED, clock.instant());
        return true;
    }

    /**
     * A post waiting (for a retry, a lease of a dead instance, a quota) is due now: the next tick takes it.
     * Meta's own limits still apply at that step.
     */
    public boolean publishNow(String postId) {
        Post post = find(postId);
        if (post == null || post.getState().finished()) {
            return false;
        }
        Instant now = clock.instant();
        post.waitUntil(now, null, now);
        return true;
    }

    private Post find(String postId) {
        return postId == null ? null : em.find(Post.class, postId);
    }
}
