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
    /** Tokens issued before the mode was set are expired (190/463), here and at the token endpoint. */
    EXPIRED_TOKEN;

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
