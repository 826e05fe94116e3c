package io.igstudio.insights;

import io.igstudio.graph.InsightQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which metrics IG Studio asks Meta for, per account and per media product type, per Graph API version, and how
 * they are grouped into calls. Sources: IG User insights
 * (https://developers.facebook.com/docs/instagram-platform/api-reference/instagram-user/insights), IG Media insights
 * (https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights) and graph-api-facts.md,
 * which stands over both. Retired metrics ({@link #RETIRED}) are never requested nor offered.
 */
public final class MetricCatalogue {

    private MetricCatalogue() {
    }

    /** Retired in v21 (January 2025) and v22 (replaced by {@code views}); Meta answers code 100 for them. */
    public static final Set<String> RETIRED = Set.of("impressions", "plays", "video_views", "profile_views",
            "website_clicks", "email_contacts", "get_directions_clicks", "text_message_clicks", "phone_call_clicks",
            "clips_replays_count", "ig_reels_aggregated_all_plays_count", "engagement", "taps_forward", "taps_back",
            "exits", "carousel_album_impressions", "carousel_album_reach", "carousel_album_engagement",
            "carousel_album_saved", "carousel_album_video_views");

    /** A metric and the first Graph API version that serves it (0: every version IG Studio speaks). */
    public record Metric(String name, String label, int since) {
        boolean servedIn(int version) {
            return version >= since;
        }
    }

    /** Account metrics asked with {@code metric_type=total_value}, in the order pages show them. */
    static final List<Metric> ACCOUNT_TOTALS = List.of(
            new Metric("views", "Views", 21), new Metric("reach", "Reach", 0),
            new Metric("accounts_engaged", "Accounts engaged", 0),
            new Metric("total_interactions", "Total interactions", 0), new Metric("likes", "Likes", 0),
            new Metric("comments", "Comments", 0), new Metric("saves", "Saves", 0), new Metric("shares", "Shares", 0),
            new Metric("replies", "Replies", 0), new Metric("reposts", "Reposts", 24),
            new Metric("profile_links_taps", "Profile link taps", 0));
    /** Needs {@code breakdown=follow_type} to tell follows from unfollows: a call of its own. */
    static final String FOLLOWS = "follows_and_unfollows";
    /** Time series Meta serves per day; {@code follower_count} only for the last 30 days. */
    static final List<String> SERIES = List.of("follower_count", "reach");
    static final String DEMOGRAPHICS = "follower_demographics";
    public static final List<String> AUDIENCE = List.of("age", "gender", "country", "city");

    /** Media metrics per {@code media_product_type} (graph-api-facts.md, "Insights"). */
    static final Map<String, List<Metric>> MEDIA = Map.of(
            "FEED", List.of(new Metric("views", "Views", 21), new Metric("reach", "Reach", 0),
                    new Metric("likes", "Likes", 0), new Metric("comments", "Comments", 0),
                    new Metric("shares", "Shares", 0), new Metric("saved", "Saves", 0),
                    new Metric("total_interactions", "Total interactions", 0), new Metric("reposts", "Reposts", 24),
                    new Metric("profile_visits", "Profile visits", 0),
                    new Metric("profile_activity", "Profile activity", 0), new Metric("follows", "Follows", 0)),
            "REELS", List.of(new Metric("views", "Views", 21), new Metric("reach", "Reach", 0),
                    new Metric("likes", "Likes", 0), new Metric("comments", "Comments", 0),
                    new Metric("shares", "Shares", 0), new Metric("saved", "Saves", 0),
                    new Metric("total_interactions", "Total interactions", 0), new Metric("reposts", "Reposts", 24),
                    new Metric("ig_reels_avg_watch_time", "Average watch time", 0),
                    new Metric("ig_reels_video_view_total_time", "Total watch time", 0),
                    new Metric("reels_skip_rate", "Skip rate", 24)),
            "STORY", List.of(new Metric("views", "Views", 21), new Metric("reach", "Reach", 0),
                    new Metric("replies", "Replies", 0), new Metric("shares", "Shares", 0),
                    new Metric("navigation", "Navigation", 0), new Metric("follows", "Follows", 0),
                    new Metric("profile_visits", "Profile visits", 0),
                    new Metric("profile_activity", "Profile activity", 0),
                    new Metric("total_interactions", "Total interactions", 0)));

    /** "v26.0" to 26; an unreadable version counts as the newest IG Studio knows. */
    public static int version(String apiVersion) {
        try {
            return Integer.parseInt(apiVersion.replaceAll("^v(\\d+).*$", "$1"));
        } catch (RuntimeException e) {
            return 99;
        }
    }

    public static List<Metric> accountTotals(int version) {
        return ACCOUNT_TOTALS.stream().filter(m -> m.servedIn(version)).toList();
    }

    /** The metrics of a media product type (FEED when Meta did not say), empty for carousel children. */
    public static List<Metric> forMedia(String productType, int version) {
        return MEDIA.getOrDefault(productType == null ? "FEED" : productType, MEDIA.get("FEED")).stream()
                .filter(m -> m.servedIn(version)).toList();
    }

    /** The label of any metric IG Studio shows. */
    public static String label(String metric) {
        for (Metric m : ACCOUNT_TOTALS) {
            if (m.name().equals(metric)) {
                return m.label();
            }
        }
        for (List<Metric> list : MEDIA.values()) {
            for (Metric m : list) {
                if (m.name().equals(metric)) {
                    return m.label();
                }
            }
        }
        return switch (metric) {
            case "follows" -> "Follows";
            case "unfollows" -> "Unfollows";
            case "follower_count" -> "New followers";
            case "followers" -> "Followers";
            default -> metric.replace('_', ' ');
        };
    }

    // --- grouping into calls: only combinations Meta accepts ---------------------------------------

    /**
     * The calls for an account's totals over one window of at most 30 days: every total_value metric without a
     * breakdown in one call (Meta accepts a list), and {@code follows_and_unfollows} with {@code breakdown=follow_type}
     * in its own (a breakdown applies to every metric of a call, and the others do not all take it).
     */
    public static List<InsightQuery> totals(int version, Instant since, Instant until, boolean withFollows) {
        List<InsightQuery> calls = new ArrayList<>();
        calls.add(new InsightQuery(accountTotals(version).stream().map(Metric::name).toList(), "day", "total_value",
                null, null, since, until));
        if (withFollows) {
            calls.add(new InsightQuery(List.of(FOLLOWS), "day", "total_value", "follow_type", null, since, until));
        }
        return calls;
    }

    /**
     * The daily series over one window: {@code reach} always, {@code follower_count} only when the window lies in
     * the last 30 days (Meta serves no older follower counts); both are time_series metrics and share the call.
     */
    public static InsightQuery series(Instant since, Instant until, boolean followersToo) {
        return new InsightQuery(followersToo ? SERIES : List.of("reach"), "day", "time_series", null, null, since,
                until);
    }

    /** Audience: one call per breakdown (lifetime, total_value, a timeframe; never mixed with other metrics). */
    public static InsightQuery audience(String breakdown) {
        return new InsightQuery(List.of(DEMOGRAPHICS), "lifetime", "total_value", breakdown, "this_month", null, null);
    }

    /**
     * A post's metrics in one call; a story's navigation breakdown in a second one, as a breakdown applies to every
     * metric of a call.
     */
    public static List<InsightQuery> media(String productType, int version) {
        List<InsightQuery> calls = new ArrayList<>();
        calls.add(InsightQuery.media(forMedia(productType, version).stream().map(Metric::name).toList(), null));
        if ("STORY".equals(productType)) {
            calls.add(InsightQuery.media(List.of("navigation"), "story_navigation_action_type"));
        }
        return calls;
    }
}
