package io.igstudio.publishing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a post waits, with the time it names kept as an instant: the pipeline stores the reason with a
 * {@code {time:2026-11-26T07:00:00Z}} mark, and pages show that instant in the person's own time zone and
 * locale (a {@code <time>} element that local-time.js and post.js format), with UTC text as the fallback.
 *
 * @param at the time named, or null when the reason names none
 */
public record WaitingReason(String before, Instant at, String after) {

    private static final Pattern MARK = Pattern.compile("\\{time:([^}]{1,40})\\}");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The mark to put into a stored reason where the time goes. */
    static String mark(Instant at) {
        return "{time:" + at.truncatedTo(ChronoUnit.SECONDS) + "}";
    }

    /** The stored reason split around its time; null for none. Reasons without a mark are all text. */
    static WaitingReason of(String stored) {
        if (stored == null) {
            return null;
        }
        Matcher m = MARK.matcher(stored);
        if (m.find()) {
            try {
                return new WaitingReason(stored.substring(0, m.start()), Instant.parse(m.group(1)),
                        stored.substring(m.end()));
            } catch (DateTimeException e) {
                // not a time after all: shown as written
            }
        }
        return new WaitingReason(stored, null, "");
    }

    /** The time in UTC, the text shown before the browser localises it. */
    public String atUtc() {
        return at == null ? "" : UTC.format(at);
    }

    /** The whole reason as plain text, its time in UTC. */
    public String text() {
        return before + atUtc() + after;
    }
}
