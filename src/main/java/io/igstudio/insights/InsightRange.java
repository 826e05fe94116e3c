package io.igstudio.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a page shows, {@code from} to {@code to} inclusive (UTC days, as IG Studio stores them): the last 7, 30
 * or 90 days, or a custom range of at most two years (Meta keeps insights for two years) ending today at the latest.
 */
public record InsightRange(LocalDate from, LocalDate to, Integer preset) {

    public static final List<Integer> PRESETS = List.of(7, 30, 90);
    static final int MAX_DAYS = 730;

    /** The range a request asks for; unknown or impossible input falls back to the last 30 days. */
    public static InsightRange of(String days, String from, String to, LocalDate today) {
        if (from != null && !from.isBlank() && to != null && !to.isBlank()) {
            try {
                LocalDate f = LocalDate.parse(from.trim());
                LocalDate t = LocalDate.parse(to.trim());
                if (t.isAfter(today)) {
                    t = today;
                }
                if (!f.isAfter(t) && ChronoUnit.DAYS.between(f, t) < MAX_DAYS) {
                    return new InsightRange(f, t, null);
                }
            } catch (DateTimeParseException ignored) {
                // falls back below
            }
        }
        int n = 30;
        try {
            n = days == null ? 30 : Integer.parseInt(days.trim());
        } catch (NumberFormatException ignored) {
            n = 30;
        }
        if (!PRESETS.contains(n)) {
            n = 30;
        }
        return new InsightRange(today.minusDays(n - 1L), today, n);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Instant since() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant until() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The same number of days just before. */
    public InsightRange previous() {
        return new InsightRange(from.minusDays(days()), from.minusDays(1), preset);
    }

    public List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            dates.add(d);
        }
        return dates;
    }

    /** For links: {@code days=30} or {@code from=…&to=…}. */
    public String query() {
        return preset != null ? "days=" + preset : "from=" + from + "&to=" + to;
    }
}
