package io.igstudio.sandbox.control;

import java.util.Locale;
import java.util.Optional;

/** What the sandbox does to Graph calls about one Instagram account, so that the app's error handling can be seen. */
public enum FaultMode {
    /** Answers as Meta does, within the hourly budget. */
    NORMAL,
    /** Every call answers Meta's Instagram throttling error (80002) with a time to regain access. */
    THROTTLED,
    /** Every call answers HTTP 500 with Meta's transient error (code 2, is_transient). */
    TRANSIENT,
    /**
     * Answers normally, but pages the media edge the way Meta does at its worst
     * (https://developers.facebook.com/docs/graph-api/results: a page may hold fewer items than {@code limit}
     * and even none while {@code next} is still there): some items of each page are left out, and the second
     * page is empty with a {@code next}.
     */
    RAGGED_PAGING,
    /** Every call answers the application throttling error (code 4, HTTP 403). */
    APP_THROTTLED,
    /** Every call answers the user throttling error (code 17). */
    USER_THROTTLED,
    /** Every call answers the Page throttling error (code 32). */
    PAGE_THROTTLED,
    /** Every call answers "Calls to this api have exceeded the rate limit" (code 613). */
    API_THROTTLED,
    /**
     * The person's tokens issued before the mode was set are expired (190/463) on every node, at the token
     * endpoint and in debug_token, as Meta refuses an expired token everywhere.
     */
    EXPIRED_TOKEN,
    /** Like {@link #EXPIRED_TOKEN} with 190/460: the person changed their Facebook password. */
    PASSWORD_CHANGED,
    /** Like {@link #EXPIRED_TOKEN} with 190/458: the person removed the app. */
    APP_REMOVED;

    /** Whether this mode invalidates the person's tokens rather than answering an error for the account. */
    public boolean invalidatesTokens() {
        return this == EXPIRED_TOKEN || this == PASSWORD_CHANGED || this == APP_REMOVED;
    }

    /** The name used in JSON and forms: {@code normal}, {@code throttled}, {@code transient}, {@code expired_token}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FaultMode> parse(String key) {
        for (FaultMode mode : values()) {
            if (mode.key().equals(key == null ? null : key.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
