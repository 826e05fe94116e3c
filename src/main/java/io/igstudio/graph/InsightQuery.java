package io.igstudio.graph;

import java.time.Instant;
import java.util.List;

/**
 * One insights request as Meta takes it: metrics that may share one call, with the {@code metric_type},
 * {@code period}, {@code breakdown} and {@code timeframe} they need and an optional {@code since}/{@code until}
 * (at most 30 days apart). Which metrics may be grouped is the insights feature's business (its catalogue).
 */
public record InsightQuery(List<String> metrics, String period, String metricType, String breakdown, String timeframe,
                           Instant since, Instant until) {

    public static InsightQuery media(List<String> metrics, String breakdown) {
        return new InsightQuery(metrics, null, null, breakdown, null, null, null);
    }

    /** A stable key for the cache. */
    public String key() {
        return String.join(",", metrics) + "|" + period + "|" + metricType + "|" + breakdown + "|" + timeframe + "|"
                + (since == null ? "" : since.getEpochSecond()) + "|" + (until == null ? "" : until.getEpochSecond());
    }
}
