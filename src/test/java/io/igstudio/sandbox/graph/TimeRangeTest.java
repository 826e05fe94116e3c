package io.igstudio.sandbox.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code since}/{@code until} on the media edge: read as Meta's time-based paging, not ignored. */
class TimeRangeTest {

    @Test
    void readsUnixSecondsDatesAndMetasTimestamps() {
        TimeRange range = TimeRange.parse("1763629531", "2026-11-20T09:05:31+0000");
        assertEquals(Instant.parse("2025-11-20T09:05:31Z"), range.since());
        assertEquals(Instant.parse("2026-11-20T09:05:31Z"), range.until());
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), TimeRange.parse("2026-11-01", null).since());
        assertEquals(Instant.parse("2026-11-01T10:00:00Z"), TimeRange.parse(null, "2026-11-01T10:00:00Z").until());
    }

    @Test
    void keepsOnlyPostsWithinTheRangeBoundsIncluded() {
        TimeRange range = TimeRange.parse("1000", "2000");
        assertTrue(range.contains(Instant.ofEpochSecond(1000)));
        assertTrue(range.contains(Instant.ofEpochSecond(2000)));
        assertFalse(range.contains(Instant.ofEpochSecond(999)));
        assertFalse(range.contains(Instant.ofEpochSecond(2001)));
        assertTrue(TimeRange.parse(null, " ").isAll());
        assertNull(TimeRange.parse("", null).since());
    }

    @Test
    void aValueThatIsNoTimeIsCode100NotAnUnfilteredList() {
        GraphException millis = assertThrows(GraphException.class, () -> TimeRange.parse("1763629531000", null));
        assertEquals(100, millis.error().code());
        assertTrue(millis.error().message().contains("since"));
        GraphException words = assertThrows(GraphException.class, () -> TimeRange.parse(null, "last tuesday"));
        assertTrue(words.error().message().contains("until"));
    }
}
