package io.igstudio.insights;

import io.igstudio.accounts.AccountView;
import java.util.List;

/**
 * What the account insights page shows.
 *
 * @param notice a sentence when Meta could not be asked or refused (the page then shows what it has)
 * @param permissionMissing true when the account lacks instagram_manage_insights (Reconnect is offered)
 * @param storedDays how many daily snapshots IG Studio has stored for the account
 * @param bestTime the weekday × hour heat map from stored history (null when the page shows nothing)
 */
public record AccountInsights(AccountView account, InsightRange range, List<MetricTotal> totals, List<Chart> charts,
                              List<Chart> audience, String notice, boolean permissionMissing, int storedDays,
                              List<DailyRow> daily, BestTime bestTime) {

    /** One row of the daily table and of the CSV. */
    public record DailyRow(java.time.LocalDate day, java.util.Map<String, Long> values) {
        public String text(String metric) {
            Long v = values.get(metric);
            return v == null ? "" : Long.toString(v);
        }
    }

    /** The columns of the daily table and the CSV, in order. */
    public static final List<String> DAILY_COLUMNS = List.of("followers", "follower_count", "reach", "views",
            "accounts_engaged", "total_interactions", "likes", "comments", "saves", "shares", "replies", "reposts",
            "profile_links_taps", "follows", "unfollows");

    public String label(String metric) {
        return MetricCatalogue.label(metric);
    }

    public List<String> columns() {
        return DAILY_COLUMNS;
    }

    public List<Integer> presets() {
        return InsightRange.PRESETS;
    }
}
