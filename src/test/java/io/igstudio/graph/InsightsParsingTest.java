package io.igstudio.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meta's two shapes, as recorded (shared/fixtures/meta-graph, sns-sdks/python-facebook, Apache License 2.0). */
class InsightsParsingTest {

    @Test
    void readsATotalWithItsBreakdown() {
        String body = """
                {"data":[{"name":"profile_activity","period":"lifetime","values":[{"value":11}],"title":"Profile activity",
                "description":"...","total_value":{"value":11,"breakdowns":[{"dimension_keys":["action_type"],
                "results":[{"dimension_values":["bio_link_clicked"],"value":11}]}]},
                "id":"18035507131611621/insights/profile_activity/lifetime"}]}""";
        List<Insight> insights = InsightsClient.parse(Json.createReader(new StringReader(body)).readObject());
        assertEquals(1, insights.size());
        assertEquals(11L, insights.get(0).value());
        assertEquals(11L, insights.get(0).breakdown().get("bio_link_clicked"));
    }

    @Test
    void readsADailySeriesAndAnEmptyOne() {
        String body = """
                {"data":[{"name":"reach","period":"day","values":[{"value":3,"end_time":"2017-05-04T07:00:00+0000"},
                {"value":36,"end_time":"2017-05-05T07:00:00+0000"}],"title":"Reach","description":"...",
                "id":"17841400008460056/insights/reach/day"},
                {"name":"follower_count","period":"day","values":[],"title":"x","id":"1/insights/follower_count/day"}]}""";
        List<Insight> insights = InsightsClient.parse(Json.createReader(new StringReader(body)).readObject());
        assertEquals(2, insights.get(0).values().size());
        assertEquals(36, insights.get(0).values().get(1).value());
        assertEquals(java.time.Instant.parse("2017-05-05T07:00:00Z"), insights.get(0).values().get(1).endTime());
        assertNull(insights.get(0).value(), "a series has no single value");
        assertEquals(0, insights.get(1).values().size());
        assertNull(insights.get(1).value(), "empty is not zero");
    }
}
