package io.igstudio.scheduling;

import io.igstudio.accounts.AccountNotFoundException;
import io.igstudio.accounts.AccountView;
import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.publishing.ComposeForm;
import io.igstudio.publishing.Composer;
import io.igstudio.publishing.MediaFile;
import io.igstudio.publishing.Post;
import io.igstudio.publishing.PostSpec;
import io.igstudio.publishing.PostState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scheduling's entry bean: schedules composed posts (a time, or the account's next free slot), and changes
 * scheduled ones (cancel, reschedule, edit, duplicate, retry). Every change of a post locks its row, so it
 * cannot cross the timer's claim: once the claim has taken a post, it has started and stays as it is.
 */
@Stateless
public class Scheduler {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Composer composer;

    @Inject
    Zones zones;

    @Inject
    Slots slots;

    @Inject
    InstagramAccounts accounts;

    public enum When { AT, QUEUE }

    /** From compose: saves the draft, queues one post per account as "publish now" does, then schedules them. */
    public Composer.Submission schedule(String userId, String draftId, ComposeForm form, When when, String at,
                                        String browserZone) {
        zones.rememberFromBrowser(userId, browserZone);
        ZoneId zone = zones.of(userId);
        Instant now = clock.instant();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDateTime local = null;
        if (when == When.AT) {
            local = parseLocal(at);
            if (local == null) {
                errors.put("when", "Choose the date and time to publish at.");
            } else if (!WallClock.instant(local, zone).isAfter(now)) {
                errors.put("when", "That time (" + SHOWN.format(local) + ", " + zone.getId() + ") has passed.");
            }
        } else {
            for (String account : form.all("account")) {
                if (slots.slots(account).isEmpty()) {
                    String name = accounts.find(userId, account).map(a -> "@" + a.username()).orElse("An account");
                    errors.put("when", name + " has no posting slots yet: set them on its slots page, or pick a time.");
                }
            }
        }
        if (!errors.isEmpty()) {
            Composer.Submission saved = composer.submit(userId, draftId, form, false);
            return new Composer.Submission(saved.draftId(), List.of(),
                    composer.page(userId, saved.draftId(), form, errors));
        }
        Composer.Submission submission = composer.submit(userId, draftId, form, true);
        if (!submission.accepted()) {
            return submission;
        }
        for (String id : submission.postIds()) {
            Post post = em.find(Post.class, id);
            LocalDateTime time = when == When.AT ? local : nextFreeSlot(post.getAccountId(), zone, now);
            post.schedule(time, zone, WallClock.instant(time, zone), now);
        }
        return submission;
    }

    private LocalDateTime nextFreeSlot(String accountId, ZoneId zone, Instant now) {
        LocalDateTime slot = WallClock.nextFreeSlot(slots.slots(accountId), zone, now, taken(accountId, zone, now));
        if (slot == null) {
            throw new ScheduleProblem("Every posting slot of this account is taken for the next "
                    + WallClock.SLOT_WEEKS + " weeks.");
        }
        return slot;
    }

    /** Wall-clock times (in {@code zone}) of the account's posts still to go out. */
    private Set<LocalDateTime> taken(String accountId, ZoneId zone, Instant now) {
        Set<LocalDateTime> taken = new HashSet<>();
        em.createQuery("select p.scheduledAt from Post p where p.accountId = :account and p.scheduledAt > :now"
                        + " and p.state = :state", Instant.class)
                .setParameter("account", accountId).setParameter("now", now)
                .setParameter("state", PostState.SCHEDULED.name())
                .getResultStream().forEach(at -> taken.add(WallClock.local(at, zone)));
        return taken;
    }

    public void cancel(String userId, String postId) {
        Post post = changeable(userId, postId);
        em.remove(post);
    }

    /** A new wall-clock time in the person's zone; a MISSED post becomes SCHEDULED again. */
    public void reschedule(String userId, String postId, String at) {
        Post post = changeable(userId, postId);
        ZoneId zone = zones.of(userId);
        LocalDateTime local = parseLocal(at);
        if (local == null) {
            throw new ScheduleProblem("Choose the date and time to publish at.");
        }
        Instant now = clock.instant();
        Instant instant = WallClock.instant(local, zone);
        if (!instant.isAfter(now)) {
            throw new ScheduleProblem("That time (" + SHOWN.format(local) + ", " + zone.getId() + ") has passed.");
        }
        post.schedule(local, zone, instant, now);
    }

    public void edit(String userId, String postId, String caption, String at) {
        Post post = changeable(userId, postId);
        if (caption != null && caption.length() > 2200) {
            throw new ScheduleProblem("Instagram takes captions of up to 2,200 characters.");
        }
        post.caption(caption == null || caption.isBlank() ? null : caption, clock.instant());
        reschedule(userId, postId, at);
    }

    /** Moves the posts by whole days, keeping their wall-clock times. */
    public int shift(String userId, List<String> postIds, int days) {
        int moved = 0;
        for (String id : postIds) {
            Post post = changeable(userId, id);
            LocalDateTime local = (post.getScheduledLocal() == null ? WallClock.local(post.getDueAt(), zones.of(userId))
                    : post.getScheduledLocal()).plusDays(days);
            reschedule(userId, id, local.toString());
            moved++;
        }
        return moved;
    }

    public int cancelAll(String userId, List<String> postIds) {
        postIds.forEach(id -> cancel(userId, id));
        return postIds.size();
    }

    /** A copy for the same account at its next free slot (or a day after the original when it has none). */
    public String duplicate(String userId, String postId) {
        Post original = owned(userId, postId);
        ZoneId zone = zones.of(userId);
        Instant now = clock.instant();
        Post copy = original.duplicate(now);
        LocalDateTime time;
        if (slots.slots(original.getAccountId()).isEmpty()) {
            LocalDateTime base = original.getScheduledLocal() != null ? original.getScheduledLocal()
                    : WallClock.local(now, zone);
            time = base.plusDays(1);
            while (!WallClock.instant(time, zone).isAfter(now)) {
                time = time.plusDays(1);
            }
        } else {
            time = nextFreeSlot(original.getAccountId(), zone, now);
        }
        copy.schedule(time, zone, WallClock.instant(time, zone), now);
        em.persist(copy);
        return copy.getId();
    }

    /** A FAILED or MISSED post goes out now. */
    public void retry(String userId, String postId) {
        Post post = em.find(Post.class, owned(userId, postId).getId(), LockModeType.PESSIMISTIC_WRITE);
        if (post.getState() != PostState.FAILED && post.getState() != PostState.MISSED) {
            throw new ScheduleProblem("Only a post that failed or was missed can be retried.");
        }
        post.retry(clock.instant());
    }

    public String caption(String userId, String postId) {
        String caption = owned(userId, postId).getSpec().caption();
        return caption == null ? "" : caption;
    }

    public boolean setZone(String userId, String zone) {
        return zones.set(userId, zone);
    }

    public QueueRow row(String userId, String postId) {
        Post post = owned(userId, postId);
        return rows(userId, List.of(post)).get(0);
    }

    /** The person's posts for one tab of the queue, optionally one account's only. */
    public List<QueueRow> queue(String userId, String accountId, QueueFilter filter) {
        StringBuilder q = new StringBuilder("select p from Post p where p.userId = :user and p.state in :states");
        if (accountId != null) {
            q.append(" and p.accountId = :account");
        }
        q.append(filter == QueueFilter.UPCOMING ? " order by p.dueAt" : " order by p.updatedAt desc");
        var query = em.createQuery(q.toString(), Post.class).setParameter("user", userId)
                .setParameter("states", filter.states().stream().map(Enum::name).toList()).setMaxResults(200);
        if (accountId != null) {
            query.setParameter("account", accountId);
        }
        return rows(userId, query.getResultList());
    }

    /** Scheduled and published posts whose time falls in [from, to). */
    public List<QueueRow> between(String userId, Instant from, Instant to) {
        List<Post> posts = em.createQuery("select p from Post p where p.userId = :user and ("
                        + "(p.scheduledAt >= :from and p.scheduledAt < :to) or (p.publishedAt >= :from and p.publishedAt < :to))"
                        + " order by p.dueAt", Post.class)
                .setParameter("user", userId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(1000).getResultList();
        return rows(userId, posts);
    }

    private List<QueueRow> rows(String userId, List<Post> posts) {
        ZoneId zone = zones.of(userId);
        Map<String, AccountView> own = new LinkedHashMap<>();
        accounts.list(userId).forEach(a -> own.put(a.id(), a));
        List<String> order = new ArrayList<>(own.keySet());
        List<QueueRow> rows = new ArrayList<>();
        for (Post p : posts) {
            PostSpec spec = p.getSpec();
            Instant at = p.getState() == PostState.PUBLISHED && p.getPublishedAt() != null ? p.getPublishedAt()
                    : p.getScheduledAt() != null ? p.getScheduledAt() : p.getCreatedAt();
            LocalDateTime local = p.getState() == PostState.SCHEDULED && p.getScheduledLocal() != null
                    && zone.equals(p.getScheduledZone()) ? p.getScheduledLocal() : WallClock.local(at, zone);
            String fileId = spec.coverFileId() != null ? spec.coverFileId()
                    : spec.items().isEmpty() ? null : spec.items().get(0).fileId();
            MediaFile file = fileId == null ? null : em.find(MediaFile.class, fileId);
            boolean video = file != null && file.getKind() == MediaFile.Kind.VIDEO;
            String thumb = file == null || video ? null : "/library/" + file.getId() + "/file";
            String caption = spec.caption() == null ? "" : spec.caption().length() > 60
                    ? spec.caption().substring(0, 60) + "…" : spec.caption();
            AccountView account = own.get(p.getAccountId());
            String note = p.getFailure() != null ? p.getFailure() : p.getWaitingReason();
            rows.add(new QueueRow(p.getId(), p.getAccountId(), account == null ? "?" : account.username(),
                    Math.max(0, order.indexOf(p.getAccountId())) % 8, spec.type().label(), caption, thumb, video,
                    p.getState(), SHOWN.format(local) + " (" + zone.getId() + ")", local.toString(),
                    local.toLocalTime().toString(), note));
        }
        return rows;
    }

    private Post changeable(String userId, String postId) {
        Post post = em.find(Post.class, owned(userId, postId).getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(post);
        if (post.getState() != PostState.SCHEDULED && post.getState() != PostState.MISSED) {
            throw new ScheduleProblem("This post has already started on its way to Instagram; it can no longer"
                    + " be changed.");
        }
        return post;
    }

    private Post owned(String userId, String postId) {
        Post post = postId == null ? null : em.find(Post.class, postId);
        if (post == null || !post.getUserId().equals(userId)) {
            throw new AccountNotFoundException();
        }
        return post;
    }

    static LocalDateTime parseLocal(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(at.trim()).withSecond(0).withNano(0);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
