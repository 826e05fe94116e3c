package io.igstudio.research;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * One account's hashtag allowance: "a maximum of 30 unique hashtags ... within a rolling, 7 day period. Once you
 * query a hashtag, it will count against this limit for 7 days. Subsequent queries on the same hashtag within this
 * time frame will not count against your limit, and will not reset its initial query 7 day timer"
 * (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/hashtag-search).
 *
 * @param nextFreeAt when the oldest counted hashtag stops counting, or {@code null} when none counts
 */
public record QuotaWindow(int used, int remaining, Instant nextFreeAt) {

    public static final int LIMIT = 30;
    public static final Duration WINDOW = Duration.ofDays(7);

    /** The window from the start times of the account's hashtags (only those of the last 7 days count). */
    public static QuotaWindow of(Collection<Instant> firstSearches, Instant now) {
        int used = 0;
        Instant oldest = null;
        for (Instant first : firstSearches) {
            if (counts(first, now)) {
                used++;
                oldest = oldest == null || first.isBefore(oldest) ? first : oldest;
            }
        }
        return new QuotaWindow(used, Math.max(0, LIMIT - used), oldest == null ? null : oldest.plus(WINDOW));
    }

    /** A hashtag first searched at {@code first} still counts at {@code now}. */
    public static boolean counts(Instant first, Instant now) {
        return first != null && first.plus(WINDOW).isAfter(now);
    }

    /** What searching one hashtag would do, given when this account last started a window for it. */
    public enum Decision { FREE, COUNTED, REFUSED }

    public Decision decide(Optional<Instant> firstForHashtag, Instant now) {
        if (firstForHashtag.isPresent() && counts(firstForHashtag.get(), now)) {
            return Decision.FREE;
        }
        return remaining > 0 ? Decision.COUNTED : Decision.REFUSED;
    }

    private static final java.time.format.DateTimeFormatter UTC_LABEL = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    /** A readable UTC fallback; pages show it in the person's zone (static/js/local-time.js). */
    public static String label(Instant instant) {
        return instant == null ? "" : UTC_LABEL.format(instant);
    }

    public String nextFreeLabel() {
        return label(nextFreeAt);
    }

    public boolean exhausted() {
        return remaining == 0;
    }
}
