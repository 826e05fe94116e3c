package io.igstudio.insights;

import io.igstudio.accounts.AccountView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The top posts table: one row per post of the range, sorted by one metric. */
public record TopPosts(AccountView account, InsightRange range, String sort, List<Row> rows, String notice,
                       int scanned) {

    /** The columns, in order; each can sort the table. */
    public static final List<String> COLUMNS = List.of("views", "reach", "likes", "comments", "saved", "shares",
            "total_interactions");

    /**
     * @param thumbnail null when only IG Studio's history knows the post
     */
    public record Row(String mediaId, String kind, String productType, String thumbnail, Instant timestamp,
                      Map<String, Long> metrics) {
        public String text(String metric) {
            Long v = metrics.get(metric);
            return v == null ? MetricTotal.NOT_ENOUGH : String.format(java.util.Locale.ENGLISH, "%,d", v);
        }
    }

    public String label(String metric) {
        return MetricCatalogue.label(metric);
    }

    public List<String> columns() {
        return COLUMNS;
    }

    public List<Integer> presets() {
        return InsightRange.PRESETS;
    }
}
