package io.igstudio.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate-limit books: the latest usage Meta reported for the app and for each Instagram account, the
 * time until which Meta blocks an account, and our own budget of calls per account per hour (the
 * specification's default of 200). {@link GraphClient} asks {@link #admit} before every call and tells
 * {@link #recorded} after it; pages read {@link #of} to show the usage.
 */
@ApplicationScoped
public class GraphUsage {

    /** How urgent a call is: background reads yield first, publishing waits but is never dropped. */
    public enum Urgency { BACKGROUND, INTERACTIVE, PUBLISHING }

    @Inject
    @ConfigProperty(name = "igstudio.graph.calls-per-hour", defaultValue = "200")
    int callsPerHour;

    @Inject
    @ConfigProperty(name = "igstudio.graph.slow-down-percent", defaultValue = "80")
    int slowDownPercent;

    @Inject
    Clock clock;

    /** How long a usage reading from Meta's headers stands; see {@code AccountBook.percentAt}. */
    static final Duration READING_LIFETIME = Duration.ofMinutes(1);

    private volatile int appPercent;
    private final Map<String, AccountBook> accounts = new ConcurrentHashMap<>();
    /** Calls made for no Instagram account (user level), in the last hour. */
    private final AccountBook appBook = new AccountBook();

    /** How many user-level calls (token exchanges among them) IG Studio made in the last hour. */
    public int appCallsLastHour() {
        synchronized (appBook) {
            return appBook.callsInLastHour(clock.instant());
        }
    }

    /** Meta's latest app-level usage (X-App-Usage), in percent of its limit. */
    public int appPercent() {
        return appPercent;
    }

    /** Our own budget of calls per Instagram account per hour, and the usage above which reads slow down. */
    public int callsPerHour() {
        return callsPerHour;
    }

    public int slowDownPercent() {
        return slowDownPercent;
    }

    /** What the account page shows. */
    public record Usage(int appPercent, int accountPercent, int callsLastHour, int callsPerHour, Instant blockedUntil) {
        public boolean blocked(Instant now) {
            return blockedUntil != null && blockedUntil.isAfter(now);
        }
    }

    public Usage of(String igUserId) {
        AccountBook book = book(igUserId);
        synchronized (book) {
            Instant now = clock.instant();
            return new Usage(appPercent, book.percentAt(now), book.callsInLastHour(now), callsPerHour,
                    book.blockedUntil);
        }
    }

    /**
     * Throws {@link GraphException.RateLimited} instead of calling Meta when Meta blocks the account, when
     * the hourly budget is spent, or (for background and interactive reads) when usage is above the
     * slow-down threshold, so that callers serve what they have cached.
     */
    public void admit(String igUserId, Urgency urgency) {
        if (igUserId == null) {
            // user-level calls (token exchanges, Pages, permissions) spend no account's budget, but the
            // app-level books count them (callers bound them, see security.TokenCallLimit)
            synchronized (appBook) {
                appBook.callsInLastHour(clock.instant());
                appBook.calls.addLast(clock.instant());
            }
            return;
        }
        Instant now = clock.instant();
        AccountBook book = book(igUserId);
        synchronized (book) {
            if (book.blockedUntil != null && book.blockedUntil.isAfter(now)) {
                throw local("Meta asked IG Studio to pause calls for this account", book.blockedUntil, now);
            }
            if (book.callsInLastHour(now) >= callsPerHour) {
                throw local("The hourly budget of " + callsPerHour + " Graph calls for this account is spent",
                        book.calls.peekFirst().plus(Duration.ofHours(1)), now);
            }
            int highest = Math.max(appPercent, book.percentAt(now));
            if (urgency != Urgency.PUBLISHING && highest >= slowDownPercent) {
                throw local("Meta's usage for this account is at " + highest + "%; IG Studio slows down",
                        now.plusSeconds(60), now);
            }
            book.calls.addLast(now);
        }
    }

    /** After every response, error or not: Meta's usage headers and, for throttling, when to try again. */
    public void recorded(String igUserId, String appUsageHeader, String businessUseCaseHeader, long blockedForSeconds) {
        int app = UsageHeaders.appUsagePercent(appUsageHeader);
        if (appUsageHeader != null) {
            appPercent = app;
        }
        if (igUserId == null) {
            return;
        }
        AccountBook book = book(igUserId);
        synchronized (book) {
            if (businessUseCaseHeader != null) {
                book.percent = UsageHeaders.businessUseCasePercent(businessUseCaseHeader);
                book.percentReadAt = clock.instant();
            }
            long wait = Math.max(blockedForSeconds, UsageHeaders.retryAfterSeconds(businessUseCaseHeader));
            if (wait > 0) {
                book.blockedUntil = clock.instant().plusSeconds(wait);
            }
        }
    }

    private AccountBook book(String igUserId) {
        return accounts.computeIfAbsent(igUserId, id -> new AccountBook());
    }

    private static GraphException.RateLimited local(String message, Instant until, Instant now) {
        return new GraphException.RateLimited(429, 0, null, message, null,
                Math.max(1, Duration.between(now, until).toSeconds()));
    }

    private static final class AccountBook {
        final Deque<Instant> calls = new ArrayDeque<>();
        int percent;
        Instant percentReadAt;
        Instant blockedUntil;

        /**
         * Meta's last reading, trusted for {@link #READING_LIFETIME} and not while a block lasts: after
         * that one call may go through to take a new reading, or the account would stay slowed down for
         * good on a number that only a call can lower.
         */
        int percentAt(Instant now) {
            if (percentReadAt == null || percentReadAt.plus(READING_LIFETIME).isBefore(now)
                    || (blockedUntil != null && !blockedUntil.isAfter(now) && percentReadAt.isBefore(blockedUntil))) {
                return 0;
            }
            return percent;
        }

        int callsInLastHour(Instant now) {
            Instant hourAgo = now.minus(Duration.ofHours(1));
            while (!calls.isEmpty() && !calls.peekFirst().isAfter(hourAgo)) {
                calls.removeFirst();
            }
            return calls.size();
        }
    }

    /** Forgets every account's book and Meta's last app usage (the sandbox's fresh start for tests). */
    public void forgetAll() {
        accounts.clear();
        appPercent = 0;
    }
}
