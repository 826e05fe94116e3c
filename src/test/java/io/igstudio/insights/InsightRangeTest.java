package io.igstudio.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.igstudio.graph.Insight;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class InsightRangeTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    @Test
    void presetsCustomRangesAndFallbacks() {
        InsightRange thirty = InsightRange.of("30", null, null, TODAY);
        assertEquals(30, thirty.days());
        assertEquals(TODAY, thirty.to());
        assertEquals(LocalDate.parse("2026-10-28"), thirty.from());
        assertEquals(LocalDate.parse("2026-10-27"), thirty.previous().to());
        assertEquals(30, thirty.previous().days());
        assertEquals(30, InsightRange.of("45", null, null, TODAY).days(), "unknown presets fall back to 30");
        InsightRange custom = InsightRange.of(null, "2026-11-01", "2026-12-31", TODAY);
        assertEquals(TODAY, custom.to(), "never beyond today");
        assertNull(custom.preset());
        assertEquals("from=2026-11-01&to=2026-11-26", custom.query());
        assertEquals(30, InsightRange.of(null, "2026-11-20", "2026-11-01", TODAY).days(), "backwards: fallback");
    }

    @Test
    void followersAreCountedBackAndMissingDaysStayEmpty() {
        InsightRange range = InsightRange.of("7", null, null, TODAY);
        Map<LocalDate, Map<String, Long>> daily = new TreeMap<>();
        InsightsService.mergeSeries(List.of(new Insight("follower_count", "day", "", List.of(
                new Insight.Point(Instant.parse("2026-11-24T00:00:00Z"), 5),
                new Insight.Point(Instant.parse("2026-11-25T00:00:00Z"), 7)), null, Map.of())), daily);
        assertEquals(7L, daily.get(LocalDate.parse("2026-11-24")).get("follower_count"), "end_time closes the day");
        List<AccountInsights.DailyRow> rows = InsightsService.dailyRows(range, daily, 1000);
        assertEquals(7, rows.size());
        Map<LocalDate, AccountInsights.DailyRow> byDay = new HashMap<>();
        rows.forEach(r -> byDay.put(r.day(), r));
        assertEquals(1000L, byDay.get(LocalDate.parse("2026-11-24")).values().get("followers"));
        assertEquals(993L, byDay.get(LocalDate.parse("2026-11-23")).values().get("followers"));
        assertEquals("", byDay.get(TODAY).text("reach"), "no data is empty, not 0");
        assertEquals("", byDay.get(TODAY).text("followers"));
    }

    @Test
    void changesAreSaidInWords() {
        assertEquals("+10.0 %", new MetricTotal("reach", "Reach", 110L, 100L).changeText());
        assertEquals("−50.0 %", new MetricTotal("reach", "Reach", 50L, 100L).changeText());
        assertEquals("Not enough data", new MetricTotal("reach", "Reach", null, 100L).valueText());
        assertEquals("", new MetricTotal("reach", "Reach", 5L, null).changeText());
    }
}
