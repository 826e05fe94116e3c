package io.igstudio.sandbox.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Graph's time-based pagination, {@code since} and {@code until}
 * (https://developers.facebook.com/docs/graph-api/results: "Time-based Pagination ... a Unix timestamp or
 * strtotime data value that points to the start/end of the range of time-based data"). The IG User Media
 * edge lists both as query string parameters (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media,
 * and the same two on .../instagram-basic-display-api/reference/user/media), so a media read is filtered by
 * each post's {@code timestamp}.
 *
 * <p>Meta's parser accepts anything PHP's {@code strtotime} reads; the sandbox reads Unix seconds, ISO dates
 * and ISO date-times, and refuses everything else with code 100. What Meta answers for a value strtotime
 * cannot read is not documented: the sandbox takes the stricter answer (an error, not an unfiltered list),
 * so that a client that sends, say, milliseconds sees its mistake here rather than a wrong list in production.
 *
 * @param since the earliest time asked for (inclusive), or null
 * @param until the latest time asked for (inclusive), or null
 */
public record TimeRange(Instant since, Instant until) {

    public static final TimeRange ALL = new TimeRange(null, null);

    public static TimeRange parse(String since, String until) {
        return new TimeRange(instant("since", since), instant("until", until));
    }

    public boolean isAll() {
        return since == null && until == null;
    }

    public boolean contains(Instant t) {
        return (since == null || !t.isBefore(since)) && (until == null || !t.isAfter(until));
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.matches("-?\\d{1,10}")) {
                return Instant.ofEpochSecond(Long.parseLong(v));
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            // Meta writes timestamps as 2026-11-20T09:05:31+0000; ISO-8601 with a colon is read too
            return OffsetDateTime.parse(v, v.matches(".*[+-]\\d{4}$")
                    ? DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx") : DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw GraphError.invalidParameter("The parameter " + name + " must be a Unix timestamp or a date, got '"
                    + v + "'").exception();
        }
    }
}
