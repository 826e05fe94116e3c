package io.igstudio.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Meta's rolling window: 30 unique hashtags per account in any 7 days, repeats free, the start never reset. */
class QuotaWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private static List<Instant> searches(int n, Instant first, Duration apart) {
        List<Instant> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(first.plus(apart.multipliedBy(i)));
        }
        return out;
    }

    @Test
    void anEmptyAccountHasThirty() {
        QuotaWindow w = QuotaWindow.of(List.of(), NOW);
        assertEquals(30, w.remaining());
        assertNull(w.nextFreeAt());
        assertEquals(QuotaWindow.Decision.COUNTED, w.decide(Optional.empty(), NOW));
    }

    @Test
    void theThirtyFirstNewHashtagIsRefusedUntilTheOldestIsSevenDaysOld() {
        Instant first = NOW.minus(Duration.ofDays(3));
        QuotaWindow w = QuotaWindow.of(searches(30, first, Duration.ofMinutes(10)), NOW);
        assertEquals(0, w.remaining());
        assertEquals(QuotaWindow.Decision.REFUSED, w.decide(Optional.empty(), NOW));
        assertEquals(first.plus(Duration.ofDays(7)), w.nextFreeAt(), "the oldest search frees up 7 days after it");
    }

    @Test
    void aRepeatWithinSevenDaysIsFreeEvenWhenNoneIsLeft() {
        Instant first = NOW.minus(Duration.ofDays(6));
        QuotaWindow w = QuotaWindow.of(searches(30, first, Duration.ofHours(1)), NOW);
        assertEquals(QuotaWindow.Decision.FREE, w.decide(Optional.of(first), NOW));
    }

    @Test
    void searchesOlderThanSevenDaysNoLongerCount() {
        Instant first = NOW.minus(Duration.ofDays(7));
        List<Instant> all = searches(30, first, Duration.ofHours(1));
        QuotaWindow w = QuotaWindow.of(all, NOW);
        assertEquals(1, w.remaining(), "exactly 7 days old: the oldest frees up at that instant");
        assertEquals(first.plus(Duration.ofHours(1)).plus(Duration.ofDays(7)), w.nextFreeAt());
        // and a hashtag whose window ran out counts again, as a new one
        assertEquals(QuotaWindow.Decision.COUNTED, w.decide(Optional.of(first), NOW));
    }

    @Test
    void theWindowRollsOneSearchAtATime() {
        Instant first = NOW.minus(Duration.ofDays(2));
        List<Instant> all = searches(30, first, Duration.ofHours(2));
        Instant justBefore = first.plus(Duration.ofDays(7)).minusSeconds(1);
        assertEquals(0, QuotaWindow.of(all, justBefore).remaining());
        assertEquals(1, QuotaWindow.of(all, first.plus(Duration.ofDays(7))).remaining());
        assertEquals(2, QuotaWindow.of(all, first.plus(Duration.ofDays(7)).plus(Duration.ofHours(2))).remaining());
        assertTrue(QuotaWindow.counts(first, justBefore));
    }
}
