package io.igstudio.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.graph.InsightQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricCatalogueTest {

    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    /** Every call the catalogue can make, for every version from v18 to v27. */
    private static List<InsightQuery> everyCall(int version) {
        List<InsightQuery> calls = new ArrayList<>(MetricCatalogue.totals(version, NOW.minus(Duration.ofDays(30)), NOW,
                true));
        calls.add(MetricCatalogue.series(NOW.minus(Duration.ofDays(30)), NOW, true));
        MetricCatalogue.AUDIENCE.forEach(b -> calls.add(MetricCatalogue.audience(b)));
        for (String type : List.of("FEED", "REELS", "STORY")) {
            calls.addAll(MetricCatalogue.media(type, version));
        }
        return calls;
    }

    @Test
    void noRetiredMetricIsEverRequestedInAnyVersion() {
        for (int version = 18; version <= 27; version++) {
            for (InsightQuery call : everyCall(version)) {
                for (String metric : call.metrics()) {
                    assertFalse(MetricCatalogue.RETIRED.contains(metric), metric + " in v" + version);
                }
            }
        }
        for (String named : List.of("impressions", "plays", "video_views", "profile_views", "website_clicks")) {
            assertTrue(MetricCatalogue.RETIRED.contains(named), named);
        }
    }

    @Test
    void eachProductTypeGetsItsOwnMetrics() {
        List<String> reel = names(MetricCatalogue.forMedia("REELS", 26));
        List<String> story = names(MetricCatalogue.forMedia("STORY", 26));
        List<String> feed = names(MetricCatalogue.forMedia("FEED", 26));
        assertTrue(reel.containsAll(List.of("views", "ig_reels_avg_watch_time", "ig_reels_video_view_total_time",
                "reels_skip_rate")), reel.toString());
        assertFalse(reel.contains("navigation"));
        assertTrue(story.containsAll(List.of("navigation", "replies", "views")), story.toString());
        assertFalse(story.contains("likes"), "stories have no likes metric");
        assertFalse(story.contains("saved"));
        assertTrue(feed.containsAll(List.of("saved", "profile_visits", "follows")), feed.toString());
        assertFalse(feed.contains("ig_reels_avg_watch_time"));
    }

    @Test
    void metricsArriveWithTheirApiVersion() {
        assertFalse(names(MetricCatalogue.forMedia("REELS", 23)).contains("reels_skip_rate"));
        assertTrue(names(MetricCatalogue.forMedia("REELS", 24)).contains("reels_skip_rate"));
        assertFalse(names(MetricCatalogue.accountTotals(23)).contains("reposts"));
        assertTrue(names(MetricCatalogue.accountTotals(26)).contains("reposts"));
        assertEquals(26, MetricCatalogue.version("v26.0"));
    }

    @Test
    void aBreakdownGetsACallOfItsOwn() {
        List<InsightQuery> totals = MetricCatalogue.totals(26, NOW.minus(Duration.ofDays(7)), NOW, true);
        assertEquals(2, totals.size());
        assertEquals(null, totals.get(0).breakdown());
        assertEquals("total_value", totals.get(0).metricType());
        assertFalse(totals.get(0).metrics().contains("follows_and_unfollows"));
        assertEquals(List.of("follows_and_unfollows"), totals.get(1).metrics());
        assertEquals("follow_type", totals.get(1).breakdown());
        List<InsightQuery> story = MetricCatalogue.media("STORY", 26);
        assertEquals(null, story.get(0).breakdown());
        assertEquals("story_navigation_action_type", story.get(1).breakdown());
        assertEquals(List.of("navigation"), story.get(1).metrics());
        assertEquals(1, MetricCatalogue.media("REELS", 26).size());
        InsightQuery audience = MetricCatalogue.audience("age");
        assertEquals("this_month", audience.timeframe());
        assertEquals("lifetime", audience.period());
        assertEquals(List.of("reach"), MetricCatalogue.series(NOW.minus(Duration.ofDays(60)),
                NOW.minus(Duration.ofDays(31)), false).metrics());
    }

    @Test
    void longRangesSplitIntoWindowsOfAtMostThirtyDays() {
        List<RangeWindows.Window> windows = RangeWindows.split(NOW.minus(Duration.ofDays(90)), NOW);
        assertEquals(3, windows.size());
        assertEquals(NOW.minus(Duration.ofDays(90)), windows.get(0).since());
        assertEquals(NOW, windows.get(2).until());
        for (int i = 0; i < windows.size(); i++) {
            assertTrue(Duration.between(windows.get(i).since(), windows.get(i).until()).compareTo(RangeWindows.MAX) <= 0);
            if (i > 0) {
                assertEquals(windows.get(i - 1).until(), windows.get(i).since(), "no gap, no overlap");
            }
        }
        assertEquals(1, RangeWindows.split(NOW.minus(Duration.ofDays(30)), NOW).size());
        assertEquals(2, RangeWindows.split(NOW.minus(Duration.ofDays(31)), NOW).size());
        assertThrows(IllegalArgumentException.class, () -> RangeWindows.split(NOW, NOW));
    }

    private static List<String> names(List<MetricCatalogue.Metric> metrics) {
        return metrics.stream().map(MetricCatalogue.Metric::name).toList();
    }
}
