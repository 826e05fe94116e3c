package io.igstudio.sandbox.insights;

import io.igstudio.sandbox.graph.GraphError;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which metrics Meta serves where, and its refusals, as the facts page and Meta's references list them:
 * IG User insights (https://developers.facebook.com/docs/instagram-platform/api-reference/instagram-user/insights)
 * and IG Media insights (https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights).
 */
final class InsightRules {

    private InsightRules() {
    }

    /**
     * Retired in v21 (January 2025) and v22 (impressions, plays, ...: "deprecated for all versions on April 21, 2025",
     * IG Media insights page; Instagram Platform changelog). Refused under every version the sandbox serves.
     */
    static final Set<String> RETIRED = Set.of("impressions", "plays", "video_views", "profile_views", "website_clicks",
            "email_contacts", "get_directions_clicks", "text_message_clicks", "phone_call_clicks",
            "clips_replays_count", "ig_reels_aggregated_all_plays_count", "engagement", "carousel_album_impressions",
            "carousel_album_reach", "carousel_album_engagement", "carousel_album_saved", "carousel_album_video_views",
            "taps_forward", "taps_back", "exits");

    /** Account metrics that must be asked with {@code metric_type=total_value}. */
    static final Set<String> ACCOUNT_TOTAL = Set.of("accounts_engaged", "comments", "follows_and_unfollows", "likes",
            "profile_links_taps", "reach", "replies", "reposts", "saves", "shares", "total_interactions", "views");
    /** Account metrics served as a time series ({@code reach} both ways). */
    static final Set<String> ACCOUNT_SERIES = Set.of("follower_count", "online_followers", "reach");
    static final Set<String> DEMOGRAPHICS = Set.of("follower_demographics", "engaged_audience_demographics");
    static final Set<String> DEMOGRAPHIC_BREAKDOWNS = Set.of("age", "city", "country", "gender");
    /** {@code timeframe} values Meta still accepts for demographics (the others went with v20). */
    static final Set<String> TIMEFRAMES = Set.of("this_week", "this_month");
    /** Breakdowns each total-value account metric takes (IG User insights, "Metrics" table). */
    static final Map<String, Set<String>> ACCOUNT_BREAKDOWNS = Map.of(
            "follows_and_unfollows", Set.of("follow_type"),
            "profile_links_taps", Set.of("contact_button_type"),
            "reach", Set.of("media_product_type", "follow_type"),
            "views", Set.of("media_product_type", "follow_type"),
            "likes", Set.of("media_product_type"), "comments", Set.of("media_product_type"),
            "saves", Set.of("media_product_type"), "shares", Set.of("media_product_type"),
            "total_interactions", Set.of("media_product_type"), "accounts_engaged", Set.of());

    /** Media metrics per {@code media_product_type} (graph-api-facts.md, "Insights"). */
    static final Map<String, List<String>> MEDIA = Map.of(
            "FEED", List.of("views", "reach", "likes", "comments", "shares", "saved", "total_interactions", "reposts",
                    "profile_visits", "profile_activity", "follows"),
            "REELS", List.of("views", "reach", "likes", "comments", "shares", "saved", "total_interactions", "reposts",
                    "ig_reels_avg_watch_time", "ig_reels_video_view_total_time", "reels_skip_rate"),
            "STORY", List.of("views", "reach", "replies", "shares", "navigation", "follows", "profile_visits",
                    "profile_activity", "total_interactions"));

    static final long MAX_RANGE_SECONDS = 30L * 24 * 3600;

    static RuntimeException retired(String metric, String version) {
        return GraphError.invalidParameter("Starting from version " + version + " and above, the " + metric
                + " metric is no longer supported. Please use views or another supported metric (see the Instagram"
                + " Platform changelog).").exception();
    }

    static RuntimeException unknownMetric(int index, Set<String> known) {
        return GraphError.invalidParameter("metric[" + index + "] must be one of the following values: "
                + String.join(", ", new java.util.TreeSet<>(known))).exception();
    }

    static RuntimeException notForProductType(String metric) {
        return GraphError.invalidParameter("The Media Insights API does not support the " + metric
                + " metric for this media product type.").exception();
    }

    /** "(#10) Not enough viewers for the media to show insights" (IG Media insights, "Limitations"). */
    static RuntimeException notEnoughViewers() {
        return new GraphError(400, "(#10) Not enough viewers for the media to show insights", "OAuthException", 10, null)
                .exception();
    }

    static RuntimeException rangeTooLong() {
        return GraphError.invalidParameter("There cannot be more than 30 days (2592000 s) between since and until")
                .exception();
    }

    static RuntimeException needsTotalValue(String metric) {
        return GraphError.invalidParameter("The following metrics (" + metric
                + ") should be specified with parameter metric_type=total_value").exception();
    }

    static RuntimeException invalid(String detail) {
        return GraphError.invalidParameter(detail).exception();
    }
}
