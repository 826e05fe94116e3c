package io.igstudio.sandbox.control;

import java.time.Instant;

/**
 * The fault mode of one Instagram account.
 *
 * @param since when the mode was set; an expired token "expired" then
 * @param regainMinutes the {@code estimated_time_to_regain_access} announced while throttled
 */
public record AccountControl(String igUserId, FaultMode mode, Instant since, int regainMinutes) {

    public static final int DEFAULT_REGAIN_MINUTES = 5;

    public static AccountControl normal(String igUserId) {
        return new AccountControl(igUserId, FaultMode.NORMAL, Instant.EPOCH, DEFAULT_REGAIN_MINUTES);
    }

    /** Whether a token issued at {@code issuedAt} counts as expired under this control. */
    public boolean expires(Instant issuedAt) {
        // "at or before": MariaDB reached through mysql-connector-j keeps whole seconds only (the server
        // reports version 5.5.5-10.x, too old for fractions in the driver's eyes), so a token issued in the
        // same second as the switch must count as issued before it
        return mode.invalidatesTokens() && (issuedAt == null || !issuedAt.isAfter(since));
    }
}
