package io.igstudio.publishing;

import io.igstudio.accounts.AccountAccess;
import io.igstudio.accounts.InstagramAccount;
import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.graph.GraphCache;
import io.igstudio.graph.PublishingLimit;
import io.igstudio.notifications.NotificationKind;
import io.igstudio.notifications.Notifications;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pipeline's short transactions: claim due posts under row locks, read one post with what its next
 * step needs, store the step's outcome. Meta is never called in here ({@link Pipeline} calls it between
 * two of these), so no database connection waits on Meta. Each call commits on its own (REQUIRES_NEW), whatever
 * the caller runs in: "PUBLISHING" must be in the database before {@code media_publish} is sent, and a claim's
 * lease must be visible to other instances while the step runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PostStore {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    InstagramAccounts accounts;

    @Inject
    MediaFiles files;

    @Inject
    PublicMediaUrls urls;

    @Inject
    GraphCache cache;

    @Inject
    Notifications notifications;

    /** How late a scheduled post may still go out (it was due while IG Studio was down); older ones are MISSED. */
    @Inject
    @ConfigProperty(name = "igstudio.scheduling.max-late", defaultValue = "PT6H")
    Duration maxLate;

    /** A library file as a step needs it: where its bytes are and the public URL Meta fetches images from. */
    record FileRef(MediaFile.Kind kind, Path path, String publicUrl) {
    }

    /** Everything one step needs, read in one transaction. The token is for the call only. */
    record Work(String postId, String userId, String accountId, PostState state, PostSpec spec,
                List<String> children, String containerId, int polls, int attempts, Instant updatedAt,
                AccountAccess access, Map<String, FileRef> files) {

        /** The same work after its container was created and stored in this step. */
        Work withContainer(String id) {
            return new Work(postId, userId, accountId, state, spec, children, id, polls, attempts, updatedAt, access,
                    files);
        }
    }

    /**
     * Claims up to {@code max} due posts: {@code SELECT … FOR UPDATE SKIP LOCKED} (MySQL 8, MariaDB 10.6+
     * and H2 2 take the same clause), then moves their due time past the lease, so another instance skips
     * them while this one works, and picks them up again if this one dies. A SCHEDULED post is started
     * (QUEUED) in the same transaction, or marked MISSED when it is more than {@code maxLate} late (its time
     * passed while IG Studio was down): nobody is surprised by a three-day-old post going out.
     */
    @SuppressWarnings("unchecked")
    public List<String> claimDue(Instant now, int max, Duration lease) {
        // held, not failed: the posts of a suspended person (admin console) until the suspension is lifted, and
        // those of an account whose connection needs a reconnect (token invalid, app removed) until it is reconnected
        List<String> ids = em.createNativeQuery("SELECT id FROM post WHERE state NOT IN ('PUBLISHED', 'FAILED',"
                        + " 'DELETED', 'MISSED') AND due_at <= ?"
                        + " AND user_id NOT IN (SELECT u.id FROM app_user u WHERE u.suspended_at IS NOT NULL)"
                        + " AND account_id NOT IN (SELECT a.id FROM instagram_account a JOIN facebook_connection c"
                        + " ON a.connection_id = c.id WHERE c.needs_reconnect = TRUE)"
                        + " ORDER BY due_at LIMIT " + max + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now)).getResultList();
        List<String> claimed = new ArrayList<>(ids.size());
        for (String id : ids) {
            Post post = em.find(Post.class, id);
            if (post.getState() == PostState.SCHEDULED) {
                Instant time = post.getScheduledAt() == null ? post.getDueAt() : post.getScheduledAt();
                if (Duration.between(time, now).compareTo(maxLate) > 0) {
                    missed(post, now);
                    continue;
                }
                post.startFromSchedule(now);
            }
            post.waitUntilLeased(now.plus(lease));
            claimed.add(id);
        }
        return claimed;
    }

    private void missed(Post post, Instant now) {
        post.missed("Its time passed while IG Studio was not running, more than "
                + maxLate.toHours() + " hours ago; it was not published. Publish it now, reschedule or cancel it.", now);
        notifications.notify(post.getUserId(), NotificationKind.POST_MISSED, "Your "
                        + what(post) + " for " + account(post)
                        + " was not published at its time: IG Studio was not running. Decide what to do with it.",
                "/queue?show=missed", "missed:" + post.getId() + ":" + post.getScheduledAt());
    }

    public Optional<Work> load(String postId) {
        Post post = em.find(Post.class, postId);
        if (post == null || post.getState().finished()) {
            return Optional.empty();
        }
        PostSpec spec = post.getSpec();
        Map<String, FileRef> refs = new HashMap<>();
        Instant now = clock.instant();
        for (PostSpec.Item item : spec.items()) {
            ref(post.getUserId(), item.fileId(), now).ifPresent(r -> refs.put(item.fileId(), r));
        }
        if (spec.coverFileId() != null) {
            ref(post.getUserId(), spec.coverFileId(), now).ifPresent(r -> refs.put(spec.coverFileId(), r));
        }
        return Optional.of(new Work(post.getId(), post.getUserId(), post.getAccountId(), post.getState(), spec,
                post.getChildContainers(), post.getContainerId(), post.getPolls(), post.getAttempts(),
                post.getUpdatedAt(), accounts.access(post.getUserId(), post.getAccountId()), refs));
    }

    private Optional<FileRef> ref(String userId, String fileId, Instant now) {
        return files.owned(userId, fileId).map(f -> new FileRef(f.getKind(), files.path(f), urls.url(f, now)));
    }

    public void change(String postId, Consumer<Post> change) {
        change.accept(em.find(Post.class, postId));
    }

    /**
     * Published: the media id, the quota counted locally, and the overview cache dropped so it shows at once.
     * {@code username} is the account's, as the step loaded it, for the notification.
     */
    public void published(String postId, String mediaId, String username, Instant now) {
        Post post = em.find(Post.class, postId);
        boolean first = post.getState() != PostState.PUBLISHED;
        post.published(mediaId, now);
        Optional.ofNullable(em.find(PublishingQuota.class, post.getAccountId())).ifPresent(PublishingQuota::counted);
        cache.invalidate(post.getAccountId());
        if (first) {
            notifications.notify(post.getUserId(), NotificationKind.POST_PUBLISHED,
                    "Your " + what(post) + " for " + (username == null ? "your account" : "@" + username)
                            + " was published.",
                    "/posts/" + postId, "published:" + postId);
        }
    }

    /** Failed: the reason stored and the owner told, in one transaction (once per failure, not per look). */
    public void failed(String postId, String reason, Instant now) {
        Post post = em.find(Post.class, postId);
        if (post == null || post.getState() == PostState.FAILED) {
            return;
        }
        post.failed(reason, now);
        notifications.notify(post.getUserId(), NotificationKind.POST_FAILED,
                "Your " + what(post) + " for " + account(post) + " was not published: " + reason,
                "/posts/" + postId);
    }

    /** "reel “Kneading at dawn…”": the type and the caption's start, so the person knows which post. */
    private static String what(Post post) {
        PostSpec spec = post.getSpec();
        String caption = spec.caption() == null || spec.caption().isBlank() ? ""
                : " “" + (spec.caption().length() > 40 ? spec.caption().substring(0, 40) + "…" : spec.caption()) + "”";
        return spec.type().label().toLowerCase() + caption;
    }

    private String account(Post post) {
        InstagramAccount account = em.find(InstagramAccount.class, post.getAccountId());
        return account == null ? "your account" : "@" + account.getUsername();
    }

    /** A read on its own: no transaction of its own (one SELECT, no commit), the caller's when it has one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<PublishingQuota> quota(String accountId) {
        return Optional.ofNullable(em.find(PublishingQuota.class, accountId));
    }

    public void quotaRead(String accountId, PublishingLimit limit, Instant now) {
        PublishingQuota quota = em.find(PublishingQuota.class, accountId);
        if (quota == null) {
            quota = new PublishingQuota(accountId);
            quota.read(limit.used(), limit.total(), (int) limit.window().toSeconds(), now);
            em.persist(quota);
        } else {
            quota.read(limit.used(), limit.total(), (int) limit.window().toSeconds(), now);
        }
    }

    /** Meta said the quota is used up (9/2207042): believe it until the next read. */
    public void quotaUsedUp(String accountId) {
        PublishingQuota quota = em.find(PublishingQuota.class, accountId);
        if (quota != null) {
            quota.read(quota.getTotal(), quota.getTotal(), quota.getWindowSeconds(), quota.getReadAt());
        }
    }

    /**
     * When a slot frees: the oldest of our posts published in the window leaves it. Posts published
     * elsewhere are not known to us; then the next quota read decides, in an hour at the latest.
     */
    public Instant nextFreeSlot(String accountId, Duration window, Instant now) {
        List<Instant> oldest = em.createQuery("select p.publishedAt from Post p where p.accountId = :account"
                        + " and p.publishedAt > :since order by p.publishedAt", Instant.class)
                .setParameter("account", accountId).setParameter("since", now.minus(window))
                .setMaxResults(1).getResultList();
        Instant hour = now.plus(Duration.ofHours(1));
        return oldest.isEmpty() ? hour : oldest.get(0).plus(window).isBefore(hour) ? oldest.get(0).plus(window) : hour;
    }
}
