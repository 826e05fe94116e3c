package io.igstudio.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BestTimeTest {

    @Test
    void theBusiestSlotIsSuggestedFirstAndStoriesDoNotCount() {
        BestTime best = BestTime.of(List.of(
                figures("1", "FEED", "2026-11-21T18:20:00Z", 300), // Saturday 18:00
                figures("2", "FEED", "2026-11-14T18:05:00Z", 100), // Saturday 18:00
                figures("3", "REELS", "2026-11-17T09:00:00Z", 50), // Tuesday 09:00
                figures("4", "STORY", "2026-11-18T07:00:00Z", 900)));
        assertEquals(3, best.posts());
        assertEquals(List.of("Saturday 18:00 UTC", "Tuesday 09:00 UTC"), best.suggestions());
        BestTime.Cell saturday = best.rows().get(5).get(18);
        assertEquals(2, saturday.posts());
        assertEquals(200, saturday.average());
        assertEquals(4, saturday.level());
        assertEquals(1, best.rows().get(1).get(9).level());
        assertEquals(0, best.rows().get(2).get(7).level(), "the story is left out");
    }

    private static InsightHistory.MediaFigures figures(String id, String type, String at, long interactions) {
        return new InsightHistory.MediaFigures(id, type, Instant.parse(at), Map.of("total_interactions", interactions));
    }
}
