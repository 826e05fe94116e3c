package io.igstudio.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageChartTest {

    @Test
    void stepsFromEachSampleToNowInPercentOfTheHeight() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        Map<String, List<UsageSample>> series = new LinkedHashMap<>();
        series.put("", List.of(new UsageSample(now.minusSeconds(12 * 3600), null, 50, 3)));
        series.put("178", List.of(new UsageSample(now.minusSeconds(24 * 3600), "178", 0, 0),
                new UsageSample(now.minusSeconds(6 * 3600), "178", 100, 9)));
        UsageChart chart = UsageChart.of(series, Map.of("178", "avasbakery"), now);

        assertEquals("360.0,100.0 720.0,100.0", chart.lines().get(0).points());
        assertEquals("0.0,200.0 540.0,200.0 540.0,0.0 720.0,0.0", chart.lines().get(1).points());
        assertEquals("@avasbakery", chart.lines().get(1).label());
        assertEquals(100, chart.lines().get(1).highest());
        assertEquals("App (X-App-Usage) 50 %, @avasbakery 100 %", chart.summary());
    }
}
