package io.igstudio.insights;

import java.util.List;
import java.util.Map;

/**
 * A post's insights as its page shows them: the metrics of its product type, a story's navigation split, or one
 * sentence saying why there are none (too few viewers, a permission, Meta unreachable).
 */
public record PostInsights(String productType, List<Value> values, Map<String, Long> navigation, String notice) {

    /** One metric: its name, label and the text to show ("Not enough data" when Meta sent nothing). */
    public record Value(String metric, String label, Long value, String text) {
    }

    public boolean hasValues() {
        return values.stream().anyMatch(v -> v.value() != null);
    }

    /** How a value reads: watch times in seconds, the skip rate in percent, counts with separators. */
    static String format(String metric, Long value) {
        if (value == null) {
            return MetricTotal.NOT_ENOUGH;
        }
        return switch (metric) {
            case "ig_reels_avg_watch_time" -> String.format(java.util.Locale.ENGLISH, "%.1f s", value / 1000.0);
            case "ig_reels_video_view_total_time" -> value >= 3_600_000
                    ? String.format(java.util.Locale.ENGLISH, "%.1f h", value / 3_600_000.0)
                    : String.format(java.util.Locale.ENGLISH, "%.1f min", value / 60_000.0);
            case "reels_skip_rate" -> value + " %";
            default -> String.format(java.util.Locale.ENGLISH, "%,d", value);
        };
    }
}
