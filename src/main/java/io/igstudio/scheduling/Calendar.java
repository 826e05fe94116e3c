package io.igstudio.scheduling;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Builds a calendar page of the person's posts in their zone. */
@Stateless
public class Calendar {

    @Inject
    Clock clock;

    @Inject
    Zones zones;

    @Inject
    Scheduler scheduler;

    public CalendarPage page(String userId, boolean week, LocalDate anchor) {
        ZoneId zone = zones.of(userId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate at = anchor == null ? today : anchor;
        LocalDate[] range = CalendarPage.range(week, at);
        var rows = scheduler.between(userId, WallClock.instant(range[0].atStartOfDay(), zone),
                WallClock.instant(range[1].atStartOfDay(), zone));
        return CalendarPage.of(week, at, today, rows, zone.getId());
    }
}
