package io.igstudio.research;

import io.igstudio.accounts.AccountAccess;
import io.igstudio.accounts.AccountView;
import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.graph.GraphCache;
import io.igstudio.graph.GraphException;
import io.igstudio.graph.PublicAccount;
import io.igstudio.graph.ResearchClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The comparison's entry bean: Business Discovery of another account, asked through one of the person's accounts
 * (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/business_discovery),
 * the short list of compared accounts, and their daily snapshot (taken by {@link CompareSnapshotTimer}).
 */
@ApplicationScoped
public class Comparisons {

    private static final Logger LOG = Logger.getLogger(Comparisons.class.getName());
    static final int SNAPSHOT_DAYS = 14;

    @Inject
    InstagramAccounts accounts;

    @Inject
    ResearchClient graph;

    @Inject
    GraphCache cache;

    @Inject
    CompareStore store;

    @Inject
    Clock clock;

    public ComparePage page(String userId, String accountId, String username) {
        List<AccountView> mine = accounts.list(userId);
        AccountView own = mine.stream().filter(a -> a.id().equals(accountId)).findFirst()
                .orElse(mine.isEmpty() ? null : mine.get(0));
        List<ComparePage.Entry> compared = store.of(userId).stream()
                .map(c -> new ComparePage.Entry(c, store.snapshots(c.id(), SNAPSHOT_DAYS))).toList();
        String name = normalise(username);
        if (own == null || username == null || username.isBlank()) {
            return new ComparePage(mine, own, name, null, null, compared);
        }
        if (name == null) {
            return new ComparePage(mine, own, username, null, "An Instagram username has letters, digits, periods and"
                    + " underscores only (at most 30).", compared);
        }
        AccountAccess access = accounts.access(userId, own.id());
        try {
            PublicAccount other = cache.read(access.accountId(), "discovery:" + name,
                    () -> graph.discover(access.igUserId(), access.userToken(), name)).value();
            return new ComparePage(mine, own, name, other, null, compared);
        } catch (GraphException e) {
            return new ComparePage(mine, own, name, null, reason(name, e), compared);
        }
    }

    /** Adds the account to the list after Meta confirmed it is public, with today's snapshot. Answers a problem or null. */
    public String add(String userId, String accountId, String username) {
        String name = normalise(username);
        if (name == null) {
            return "An Instagram username has letters, digits, periods and underscores only.";
        }
        AccountAccess access = accounts.access(userId, accountId);
        PublicAccount other;
        try {
            other = cache.read(access.accountId(), "discovery:" + name,
                    () -> graph.discover(access.igUserId(), access.userToken(), name)).value();
        } catch (GraphException e) {
            return reason(name, e);
        }
        Instant now = clock.instant();
        var added = store.add(userId, access.accountId(), other.username(), now);
        if (added.isEmpty()) {
            return "Your list holds " + CompareStore.MAX_COMPARED + " accounts; remove one first.";
        }
        try {
            store.snapshot(added.get().id(), today(now), other.followersCount(), other.mediaCount(), now);
        } catch (RuntimeException raced) {
            LOG.log(Level.FINE, "Today's snapshot was taken meanwhile", raced);
        }
        return null;
    }

    public boolean remove(String userId, String comparedId) {
        return store.remove(userId, comparedId);
    }

    /**
     * Today's numbers of every compared account that has none yet. Idempotent per day: a second run, another
     * instance or a restart finds the day done. One failure does not stop the others.
     */
    public int snapshotAll() {
        Instant now = clock.instant();
        LocalDate day = today(now);
        int taken = 0;
        for (CompareStore.Compared c : store.all()) {
            if (store.hasSnapshot(c.id(), day)) {
                continue;
            }
            try {
                AccountAccess access = accounts.access(c.userId(), c.accountId());
                PublicAccount other = graph.discoverInBackground(access.igUserId(), access.userToken(), c.username());
                store.snapshot(c.id(), day, other.followersCount(), other.mediaCount(), now);
                taken++;
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "No snapshot of a compared account today: {0}", e.getMessage());
            }
        }
        return taken;
    }

    static LocalDate today(Instant now) {
        return now.atZone(ZoneOffset.UTC).toLocalDate();
    }

    static String normalise(String username) {
        if (username == null) {
            return null;
        }
        String name = username.trim();
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        name = name.toLowerCase(Locale.ROOT);
        return ResearchClient.isUsername(name) ? name : null;
    }

    /** Meta's reason, in words: 110/2207013 is an unknown username, or a personal or age-gated account. */
    static String reason(String username, GraphException e) {
        if (e.code() == 110 || (e.subcode() != null && e.subcode() == 2207013)) {
            return "Meta cannot find a public Business or Creator account named @" + username + " (\"" + e.getMessage()
                    + "\", code " + e.code() + (e.subcode() == null ? "" : "/" + e.subcode()) + "). Personal and"
                    + " age-restricted accounts cannot be compared.";
        }
        return Reasons.of(e);
    }
}
