package io.igstudio.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.igstudio.scheduling.WallClock.Slot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Daylight saving in both directions, in Europe/Berlin and America/New_York: the wall-clock time is kept. */
class WallClockTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void nineOClockInBerlinStaysNineAcrossTheSpringChange() {
        // 2026-03-29 02:00 CET -> 03:00 CEST
        assertEquals(Instant.parse("2026-03-28T08:00:00Z"), WallClock.instant(LocalDateTime.parse("2026-03-28T09:00"), BERLIN));
        assertEquals(Instant.parse("2026-03-30T07:00:00Z"), WallClock.instant(LocalDateTime.parse("2026-03-30T09:00"), BERLIN));
    }

    @Test
    void nineOClockInBerlinStaysNineAcrossTheAutumnChange() {
        // 2026-10-25 03:00 CEST -> 02:00 CET
        assertEquals(Instant.parse("2026-10-24T07:00:00Z"), WallClock.instant(LocalDateTime.parse("2026-10-24T09:00"), BERLIN));
        assertEquals(Instant.parse("2026-10-26T08:00:00Z"), WallClock.instant(LocalDateTime.parse("2026-10-26T09:00"), BERLIN));
    }

    @Test
    void aTimeInTheBerlinSpringGapMovesForwardByTheGap() {
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), WallClock.instant(LocalDateTime.parse("2026-03-29T02:30"), BERLIN));
    }

    @Test
    void aTimeInTheBerlinAutumnOverlapIsTheFirstOfTheTwo() {
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), WallClock.instant(LocalDateTime.parse("2026-10-25T02:30"), BERLIN));
    }

    @Test
    void newYorkSpringForwardAndFallBack() {
        // 2026-03-08 02:00 EST -> 03:00 EDT; 2026-11-01 02:00 EDT -> 01:00 EST
        assertEquals(Instant.parse("2026-03-07T14:00:00Z"), WallClock.instant(LocalDateTime.parse("2026-03-07T09:00"), NEW_YORK));
        assertEquals(Instant.parse("2026-03-09T13:00:00Z"), WallClock.instant(LocalDateTime.parse("2026-03-09T09:00"), NEW_YORK));
        assertEquals(Instant.parse("2026-03-08T07:30:00Z"), WallClock.instant(LocalDateTime.parse("2026-03-08T02:30"), NEW_YORK));
        assertEquals(Instant.parse("2026-10-31T13:00:00Z"), WallClock.instant(LocalDateTime.parse("2026-10-31T09:00"), NEW_YORK));
        assertEquals(Instant.parse("2026-11-02T14:00:00Z"), WallClock.instant(LocalDateTime.parse("2026-11-02T09:00"), NEW_YORK));
        assertEquals(Instant.parse("2026-11-01T05:30:00Z"), WallClock.instant(LocalDateTime.parse("2026-11-01T01:30"), NEW_YORK));
    }

    @Test
    void aWeeklySlotKeepsItsWallClockTimeOverTheBerlinSpringChange() {
        List<Slot> mondays = List.of(new Slot(DayOfWeek.MONDAY, LocalTime.of(9, 0)));
        LocalDateTime before = WallClock.nextFreeSlot(mondays, BERLIN, Instant.parse("2026-03-20T12:00:00Z"), Set.of());
        assertEquals(LocalDateTime.parse("2026-03-23T09:00"), before);
        LocalDateTime after = WallClock.nextFreeSlot(mondays, BERLIN, WallClock.instant(before, BERLIN), Set.of());
        assertEquals(LocalDateTime.parse("2026-03-30T09:00"), after);
        assertEquals(Instant.parse("2026-03-30T07:00:00Z"), WallClock.instant(after, BERLIN));
    }

    @Test
    void aWeeklySlotKeepsItsWallClockTimeOverTheNewYorkAutumnChange() {
        List<Slot> fridays = List.of(new Slot(DayOfWeek.FRIDAY, LocalTime.of(18, 0)));
        LocalDateTime slot = WallClock.nextFreeSlot(fridays, NEW_YORK, Instant.parse("2026-11-01T00:00:00Z"),
                Set.of(LocalDateTime.parse("2026-11-06T18:00").minusWeeks(1)));
        assertEquals(LocalDateTime.parse("2026-11-06T18:00"), slot);
        assertEquals(Instant.parse("2026-11-06T23:00:00Z"), WallClock.instant(slot, NEW_YORK));
    }

    @Test
    void takenSlotsAreSkippedAndNoSlotsMeanNone() {
        List<Slot> slots = List.of(new Slot(DayOfWeek.THURSDAY, LocalTime.of(9, 0)),
                new Slot(DayOfWeek.THURSDAY, LocalTime.of(18, 0)));
        Instant wednesday = Instant.parse("2026-11-25T12:00:00Z");
        assertEquals(LocalDateTime.parse("2026-11-26T18:00"), WallClock.nextFreeSlot(slots, BERLIN, wednesday,
                Set.of(LocalDateTime.parse("2026-11-26T09:00"))));
        assertNull(WallClock.nextFreeSlot(List.of(), BERLIN, wednesday, Set.of()));
    }
}
