package io.igstudio.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A filter of the audit log: who (part of a name, or a user id), the action (a prefix: {@code admin} finds
 * every admin action), and a range of days (UTC, both included).
 */
public record AuditQuery(String who, String action, LocalDate from, LocalDate to) {

    public static AuditQuery of(String who, String action, String from, String to) {
        return new AuditQuery(blankToNull(who), blankToNull(action), day(from), day(to));
    }

    Instant start() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Instant end() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public String fromText() {
        return from == null ? "" : from.toString();
    }

    public String toText() {
        return to == null ? "" : to.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static LocalDate day(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
