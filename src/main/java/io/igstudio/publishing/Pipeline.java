package io.igstudio.publishing;

import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.graph.ContainerSpec;
import io.igstudio.graph.ContainerSpec.Kind;
import io.igstudio.graph.ContainerStatus;
import io.igstudio.graph.GraphClient;
import io.igstudio.graph.GraphException;
import io.igstudio.graph.MediaItem;
import io.igstudio.graph.PublishingClient;
import io.igstudio.graph.PublishingLimit;
import io.igstudio.notifications.NotificationKind;
import io.igstudio.notifications.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves one post one step along {@link PostState}, calling Meta between two short transactions of
 * {@link PostStore}. Every step can run again after a crash: container ids are stored before the next step,
 * the post is stored as PUBLISHING before {@code media_publish}, and a PUBLISHING post found again asks its
 * container's {@code status_code} whether it was published.
 */
@ApplicationScoped
public class Pipeline {

    private static final Logger LOG = Logger.getLogger(Pipeline.class.getName());
    /** A PUBLISHING post not finished within this time is checked again (its instance may have died). */
    static final Duration PUBLISH_LEASE = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 4;

    @Inject
    PostStore store;

    @Inject
    PublishingClient meta;

    @Inject
    GraphClient graph;

    @Inject
    InstagramAccounts accounts;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "igstudio.publishing.max-polls", defaultValue = "60")
    int maxPolls;

    @Inject
    @ConfigProperty(name = "igstudio.publishing.quota-read-minutes", defaultValue = "5")
    int quotaReadMinutes;

    @Inject
    Clock clock;

    public void step(String postId) {
        PostStore.Work w = store.load(postId).orElse(null);
        if (w == null) {
            return;
        }
        try {
            switch (w.state()) {
                case QUEUED -> queued(w);
                case CONTAINERS -> containers(w, false);
                case PROCESSING -> processing(w);
                case READY -> publish(w, false);
                case PUBLISHING -> recover(w);
                default -> { }
            }
        } catch (GraphException e) {
            failedCall(w, e);
        } catch (MediaProblem | IllegalArgumentException e) {
            fail(w, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Publishing step failed for post " + postId, e);
            retryLater(w, "IG Studio hit an unexpected problem; it tries again shortly.");
        }
    }

    /** Back-off between status polls: 5, 10, 20, 40, 60, 60 … seconds. */
    static Duration pollDelay(int polls) {
        return Duration.ofSeconds(Math.min(60, 5L << Math.min(polls, 4)));
    }

    private void queued(PostStore.Work w) {
        if (!quotaLeft(w)) {
            return;
        }
        Instant now = clock.instant();
        if (w.spec().type() != PostType.PHOTO) {
            // a photo needs one quick call before READY: it stays QUEUED meanwhile (a crash before its container is
            // stored makes a new one, as from CONTAINERS), one transaction less per photo
            store.change(w.postId(), p -> p.moveOn(PostState.CONTAINERS, now));
        }
        // the step goes on with what it loaded (only the state changed): no second read, and no second look at the
        // quota before media_publish
        containers(w, true);
    }

    /** One quota read at a time per account on this instance: the workers stepping its posts share it. */
    private final Map<String, Object> quotaLocks = new ConcurrentHashMap<>();

    /** Reads Meta's quota at most every few minutes; counts locally in between. False when the post waits. */
    private boolean quotaLeft(PostStore.Work w) {
        synchronized (quotaLocks.computeIfAbsent(w.accountId(), id -> new Object())) {
            Instant now = clock.instant();
            var quota = store.quota(w.accountId()).orElse(null);
            // a reading from the future is stale too: the clock moved back (an NTP step, a restored snapshot, the
            // sandbox clock reset), and trusting it would hold a used-up reading for as long as the jump
            if (quota == null || quota.getReadAt().plus(Duration.ofMinutes(quotaReadMinutes)).isBefore(now)
                    || quota.getReadAt().isAfter(now)) {
                PublishingLimit limit = meta.publishingLimit(w.access().igUserId(), w.access().userToken());
                try {
                    store.quotaRead(w.accountId(), limit, now);
                } catch (RuntimeException raced) {
                    // another instance stored this account's first reading at the same moment: update that row
                    store.quotaRead(w.accountId(), limit, now);
                }
                return waitForQuota(w, store.quota(w.accountId()).orElseThrow(), now);
            }
            return waitForQuota(w, quota, now);
        }
    }

    private boolean waitForQuota(PostStore.Work w, PublishingQuota quota, Instant now) {
        if (quota.getLeft() > 0) {
            return true;
        }
        Instant until = store.nextFreeSlot(w.accountId(), Duration.ofSeconds(quota.getWindowSeconds()), now);
        // the person is told the free slot; the pipeline looks again when the reading goes stale, if that is
        // sooner: a reading can be wrong (posts deleted at Instagram, a limit raised, a count made in between) and
        // one read every few minutes per held account is cheap next to a post held for an hour by mistake
        Instant recheck = quota.getReadAt().plus(Duration.ofMinutes(quotaReadMinutes)).plusSeconds(1);
        Instant due = recheck.isAfter(now) && recheck.isBefore(until) ? recheck : until;
        // once per account and day, however many posts wait
        notifications.notify(w.userId(), NotificationKind.QUOTA_REACHED, "Instagram's publishing limit ("
                + quota.getTotal() + " posts in 24 hours) is reached for an account; its posts wait for free slots.",
                "/posts/" + w.postId(), "quota:" + w.accountId() + ":" + until.truncatedTo(ChronoUnit.DAYS));
        store.change(w.postId(), p -> p.waitUntil(due, "Instagram's publishing limit for this account ("
                + quota.getTotal() + " posts in 24 hours) is reached; it goes out at the next free slot, "
                + at(until) + ".", now));
        return false;
    }

    private void containers(PostStore.Work w, boolean quotaChecked) {
        PostSpec spec = w.spec();
        String ig = w.access().igUserId();
        String token = w.access().userToken();
        Instant now = clock.instant();
        if (spec.type() != PostType.CAROUSEL) {
            PostSpec.Item item = spec.items().get(0);
            PostStore.FileRef file = file(w, item.fileId());
            ContainerSpec container = single(spec, item, file, w);
            String id = meta.createContainer(ig, token, container);
            if (container.kind().video()) {
                store.change(w.postId(), p -> p.container(id, now));
                meta.upload(ig, token, id, file.path());
                store.change(w.postId(), p -> p.moveTo(PostState.PROCESSING, clock.instant().plus(pollDelay(0)),
                        clock.instant()));
            } else {
                // images need no polling: media_publish answers 9007/2207027 if one is not ready yet
                created(w, id, quotaChecked);
            }
            return;
        }
        List<String> children = new ArrayList<>(w.children());
        for (int i = children.size(); i < spec.items().size(); i++) {
            PostSpec.Item item = spec.items().get(i);
            PostStore.FileRef file = file(w, item.fileId());
            boolean video = file.kind() == MediaFile.Kind.VIDEO;
            ContainerSpec child = video ? ContainerSpec.of(Kind.CAROUSEL_VIDEO)
                    : new ContainerSpec(Kind.CAROUSEL_IMAGE, file.publicUrl(), null, item.altText(), null, null,
                    tags(item), null, null, null, null, null, null, false);
            String id = meta.createContainer(ig, token, child);
            if (video) {
                meta.upload(ig, token, id, file.path());
            }
            children.add(id);
            List<String> done = List.copyOf(children);
            store.change(w.postId(), p -> p.childContainers(done, clock.instant()));
        }
        // video items must be FINISHED before the carousel container is made
        for (int i = 0; i < children.size(); i++) {
            if (file(w, spec.items().get(i).fileId()).kind() != MediaFile.Kind.VIDEO) {
                continue;
            }
            ContainerStatus status = meta.status(ig, token, children.get(i));
            if (!settled(w, status)) {
                return;
            }
        }
        ContainerSpec carousel = new ContainerSpec(Kind.CAROUSEL, null, spec.caption(), null, spec.collaborators(),
                children, null, spec.locationId(), null, null, null, null, null, spec.aiGenerated());
        created(w, meta.createContainer(ig, token, carousel), quotaChecked);
    }

    /**
     * A container ready to publish is stored and published. When this step looked at the quota, the container id
     * and PUBLISHING go in one transaction (a crash from there is recovered by asking the container, as for any
     * PUBLISHING post); otherwise the post is READY first and the quota is looked at.
     */
    private void created(PostStore.Work w, String containerId, boolean quotaChecked) {
        Instant now = clock.instant();
        if (quotaChecked) {
            store.change(w.postId(), p -> {
                p.container(containerId, now);
                p.moveTo(PostState.PUBLISHING, now.plus(PUBLISH_LEASE), now);
            });
            send(w.withContainer(containerId));
        } else {
            store.change(w.postId(), p -> {
                p.container(containerId, now);
                p.moveOn(PostState.READY, now);
            });
            publish(w.withContainer(containerId), false);
        }
    }

    /** True when FINISHED; otherwise the post is rescheduled (poll), recreated (EXPIRED) or failed (ERROR). */
    private boolean settled(PostStore.Work w, ContainerStatus status) {
        Instant now = clock.instant();
        switch (status.code()) {
            case FINISHED, PUBLISHED -> {
                return true;
            }
            case EXPIRED -> store.change(w.postId(), p -> p.forgetContainers(now));
            case ERROR -> fail(w, "Instagram could not process the video" + (status.status() == null ? "."
                    : ": " + status.status()));
            default -> {
                if (w.polls() >= maxPolls) {
                    fail(w, "Instagram is still processing the media after " + w.polls() + " checks. Retry later.");
                } else {
                    store.change(w.postId(), p -> p.polled(now.plus(pollDelay(w.polls())), now));
                }
            }
        }
        return false;
    }

    private void processing(PostStore.Work w) {
        ContainerStatus status = meta.status(w.access().igUserId(), w.access().userToken(), w.containerId());
        if (status.code() == ContainerStatus.Code.PUBLISHED) {
            recover(w);
            return;
        }
        if (settled(w, status)) {
            Instant now = clock.instant();
            store.change(w.postId(), p -> p.moveOn(PostState.READY, now));
            publish(w, false);
        }
    }

    /** @param quotaChecked the quota was looked at earlier in this step (QUEUED), so it is not read again */
    private void publish(PostStore.Work w, boolean quotaChecked) {
        Instant now = clock.instant();
        if (!quotaChecked) {
            var quota = store.quota(w.accountId()).orElse(null);
            if (quota != null && quota.getLeft() <= 0 && !quotaLeft(w)) {
                return;
            }
        }
        store.change(w.postId(), p -> p.moveTo(PostState.PUBLISHING, now.plus(PUBLISH_LEASE), now));
        send(w);
    }

    /** {@code media_publish} for a post stored as PUBLISHING. */
    private void send(PostStore.Work w) {
        String mediaId;
        try {
            mediaId = meta.publish(w.access().igUserId(), w.access().userToken(), w.containerId());
        } catch (GraphException e) {
            if (e.subcode() != null && e.subcode() == 2207027 || e.code() == 9007) {
                Instant later = clock.instant();
                store.change(w.postId(), p -> p.moveTo(PostState.PROCESSING, later.plus(pollDelay(0)), later));
                return;
            }
            if (e instanceof GraphException.Transient) {
                // maybe published, maybe not: the container's status decides at the next look
                store.change(w.postId(), p -> p.waitUntil(clock.instant().plus(pollDelay(w.attempts())),
                        "Checking with Instagram whether the post went out.", clock.instant()));
                return;
            }
            throw e;
        }
        finish(w, mediaId);
    }

    /** A PUBLISHING post seen again: only the container knows whether media_publish went through. */
    private void recover(PostStore.Work w) {
        ContainerStatus status = meta.status(w.access().igUserId(), w.access().userToken(), w.containerId());
        switch (status.code()) {
            case PUBLISHED -> finish(w, findPublished(w));
            case FINISHED -> publish(w, false);
            case IN_PROGRESS -> store.change(w.postId(), p -> p.moveTo(PostState.PROCESSING,
                    clock.instant().plus(pollDelay(0)), clock.instant()));
            default -> settled(w, status);
        }
    }

    /** The newest media of the account published since the post started publishing (Meta gives no link). */
    private String findPublished(PostStore.Work w) {
        Instant since = w.updatedAt().minus(Duration.ofMinutes(5));
        for (MediaItem item : graph.media(w.access().igUserId(), w.access().userToken(), null).items()) {
            if (item.timestamp() != null && item.timestamp().isAfter(since)
                    && (w.spec().caption() == null || w.spec().caption().equals(item.caption()))) {
                return item.id();
            }
        }
        return null;
    }

    private void finish(PostStore.Work w, String mediaId) {
        // the permalink is read when someone looks at the post (Composer#post)
        store.published(w.postId(), mediaId, w.access().username(), clock.instant());
    }

    private ContainerSpec single(PostSpec spec, PostSpec.Item item, PostStore.FileRef file, PostStore.Work w) {
        boolean video = file.kind() == MediaFile.Kind.VIDEO;
        return switch (spec.type()) {
            case PHOTO -> {
                if (video) {
                    throw new MediaProblem("A photo post needs a photo; post a video as a reel.");
                }
                yield new ContainerSpec(Kind.IMAGE, file.publicUrl(), spec.caption(), item.altText(),
                        spec.collaborators(), null, tags(item), spec.locationId(), null, null, null, null, null,
                        spec.aiGenerated());
            }
            case STORY -> new ContainerSpec(video ? Kind.STORY_VIDEO : Kind.STORY_IMAGE, video ? null : file.publicUrl(),
                    null, null, null, null, tags(item), null, null, null, null, null, null, spec.aiGenerated());
            case REEL, VIDEO -> {
                if (!video) {
                    throw new MediaProblem("A reel needs a video.");
                }
                String cover = spec.coverFileId() == null ? null : file(w, spec.coverFileId()).publicUrl();
                yield new ContainerSpec(Kind.REEL, null, spec.caption(), null, spec.collaborators(), null,
                        tags(item), spec.locationId(), cover, spec.thumbOffsetMs(), spec.audioName(),
                        spec.type() == PostType.VIDEO || spec.shareToFeed(), spec.trialGraduation(),
                        spec.aiGenerated());
            }
            case CAROUSEL -> throw new IllegalStateException("carousels have their own path");
        };
    }

    private static List<ContainerSpec.UserTag> tags(PostSpec.Item item) {
        return item.tags().stream().map(t -> new ContainerSpec.UserTag(t.username(), t.x(), t.y())).toList();
    }

    private static PostStore.FileRef file(PostStore.Work w, String fileId) {
        PostStore.FileRef file = w.files().get(fileId);
        if (file == null) {
            throw new MediaProblem("A file of this post is no longer in your library.");
        }
        return file;
    }

    private void failedCall(PostStore.Work w, GraphException e) {
        Instant now = clock.instant();
        if (e instanceof GraphException.RateLimited limited && e.code() != 9) {
            Instant until = now.plusSeconds(Math.max(1, limited.retryAfterSeconds()));
            store.change(w.postId(), p -> p.waitUntil(until, "Meta asks IG Studio to slow down for this account;"
                    + " it tries again at " + at(until) + ".", now));
            return;
        }
        if (e.code() == 9 || (e.subcode() != null && e.subcode() == 2207042)) {
            store.quotaUsedUp(w.accountId());
            quotaLeft(w);
            return;
        }
        boolean mediaFetch = e.code() == 9004 || (e.subcode() != null && e.subcode() == 2207052);
        if (e instanceof GraphException.Transient || mediaFetch) {
            if (w.attempts() + 1 >= MAX_ATTEMPTS) {
                fail(w, mediaFetch ? FailureReasons.of(e)
                        : "Meta could not be reached after " + MAX_ATTEMPTS + " tries. Retry later.");
            } else {
                Instant due = now.plus(Duration.ofSeconds(15L << w.attempts()));
                store.change(w.postId(), p -> p.failedAttempt(due, (mediaFetch
                        ? "Instagram could not fetch the media yet" : "Meta did not answer") + "; trying again at "
                        + at(due) + ".", now));
            }
            return;
        }
        if (e instanceof GraphException.InvalidToken) {
            accounts.markNeedsReconnect(w.userId(), w.accountId());
            notifications.notify(w.userId(), NotificationKind.ACCOUNT_NEEDS_RECONNECT, "Meta no longer accepts"
                    + " IG Studio's access to an account: reconnect it on the Accounts page.", "/accounts",
                    "reconnect:" + w.accountId() + ":" + now.truncatedTo(ChronoUnit.DAYS));
        }
        fail(w, FailureReasons.of(e));
    }

    private void retryLater(PostStore.Work w, String reason) {
        Instant now = clock.instant();
        if (w.attempts() + 1 >= MAX_ATTEMPTS) {
            fail(w, "IG Studio could not finish this post. Retry, and if it fails again, check the log.");
        } else {
            store.change(w.postId(), p -> p.failedAttempt(now.plusSeconds(30), reason, now));
        }
    }

    private void fail(PostStore.Work w, String reason) {
        store.failed(w.postId(), reason, clock.instant());
    }

    /** A mark for the time in a stored reason: pages show it in the person's own time zone ({@link WaitingReason}). */
    static String at(Instant instant) {
        return WaitingReason.mark(instant);
    }
}
