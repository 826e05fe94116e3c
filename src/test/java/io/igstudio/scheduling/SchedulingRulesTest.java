package io.igstudio.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.publishing.PostState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Posting slot times as typed, the calendar's grids, and what a queued post still allows. */
class SchedulingRulesTest {

    @Test
    void slotTimesAreReadAsTypedAndNonsenseIsRefused() {
        assertEquals(List.of(LocalTime.of(9, 0), LocalTime.of(18, 30)), Slots.parseTimes("9:00, 18:30"));
        assertEquals(List.of(), Slots.parseTimes("  "));
        assertNull(Slots.parseTimes("09:00, teatime"));
        assertNull(Slots.parseTimes("25:00"));
    }

    @Test
    void aMonthStartsOnTheMondayBeforeItsFirstAndMarksToday() {
        LocalDate today = LocalDate.parse("2026-11-26");
        CalendarPage month = CalendarPage.of(false, today, today, List.of(row("2026-11-27T09:00")), "Europe/Berlin");
        assertEquals("November 2026", month.title());
        assertEquals(LocalDate.parse("2026-10-26"), month.weeks().get(0).get(0).date());
        assertFalse(month.weeks().get(0).get(0).inPeriod());
        assertEquals(6, month.weeks().size());
        var days = month.weeks().stream().flatMap(List::stream).toList();
        assertEquals(1, days.stream().filter(CalendarPage.Day::today).count());
        assertEquals(1, days.stream().filter(d -> d.date().equals(LocalDate.parse("2026-11-27"))).findFirst()
                .orElseThrow().items().size());
    }

    @Test
    void aWeekHasSevenDaysOfTwentyFourHoursWithThePostInItsHour() {
        LocalDate today = LocalDate.parse("2026-11-26");
        CalendarPage week = CalendarPage.of(true, today, today, List.of(row("2026-11-27T09:45")), "UTC");
        assertEquals(LocalDate.parse("2026-11-23"), week.from());
        assertEquals(24, week.hours().size());
        assertEquals(1, week.hours().get(9).cells().get(4).items().size());
        assertTrue(week.hours().get(9).cells().get(3).today());
    }

    @Test
    void onlyScheduledOrMissedPostsCanBeChangedAndFailedOrMissedRetried() {
        assertTrue(row("2026-11-27T09:00").editable());
        QueueRow started = new QueueRow("id", "a", "ava", 0, "Photo", "", null, false, PostState.CONTAINERS, "", 
                "2026-11-27T09:00", "09:00", null);
        assertFalse(started.editable());
        assertFalse(started.retryable());
        assertEquals(QueueFilter.UPCOMING, QueueFilter.of("nonsense"));
        assertEquals(QueueFilter.MISSED, QueueFilter.of("missed"));
    }

    private static QueueRow row(String local) {
        return new QueueRow("id", "a", "ava", 0, "Photo", "caption", null, false, PostState.SCHEDULED,
                LocalDateTime.parse(local).toString(), local, local.substring(11), null);
    }
}
