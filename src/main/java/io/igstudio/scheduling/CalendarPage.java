package io.igstudio.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A month (weeks × days) or a week (hours × days) of posts in the person's zone, built from queue rows.
 * Every cell carries the local date (and hour) a post dropped on it moves to.
 */
public record CalendarPage(boolean week, String title, LocalDate from, LocalDate to, LocalDate previous,
                           LocalDate next, LocalDate today, List<List<Day>> weeks, List<Day> days,
                           List<Hour> hours, String zone) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HEAD = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

    /** One day of the month grid, or one column head of the week. */
    public record Day(LocalDate date, String label, boolean inPeriod, boolean today, List<QueueRow> items) {
    }

    /** One hour row of the week: a cell per day. */
    public record Hour(int hour, String label, List<Cell> cells) {
    }

    /** One day's hour in the week view. */
    public record Cell(LocalDate date, int hour, boolean today, List<QueueRow> items) {
    }

    /** The first day a view of {@code anchor} shows, and the day after its last. */
    static LocalDate[] range(boolean week, LocalDate anchor) {
        if (week) {
            LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new LocalDate[] {monday, monday.plusDays(7)};
        }
        LocalDate first = anchor.withDayOfMonth(1);
        LocalDate start = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = first.plusMonths(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return new LocalDate[] {start, end};
    }

    static CalendarPage of(boolean week, LocalDate anchor, LocalDate today, List<QueueRow> rows, String zone) {
        LocalDate[] range = range(week, anchor);
        Map<LocalDate, List<QueueRow>> byDay = new TreeMap<>();
        for (QueueRow row : rows) {
            byDay.computeIfAbsent(LocalDateTime.parse(row.local()).toLocalDate(), d -> new ArrayList<>()).add(row);
        }
        if (week) {
            List<Day> days = new ArrayList<>();
            for (LocalDate d = range[0]; d.isBefore(range[1]); d = d.plusDays(1)) {
                days.add(new Day(d, HEAD.format(d), true, d.equals(today), byDay.getOrDefault(d, List.of())));
            }
            List<Hour> hours = new ArrayList<>();
            for (int h = 0; h < 24; h++) {
                List<Cell> cells = new ArrayList<>();
                for (Day day : days) {
                    final int hour = h;
                    cells.add(new Cell(day.date(), h, day.today(), day.items().stream()
                            .filter(r -> LocalDateTime.parse(r.local()).getHour() == hour).toList()));
                }
                hours.add(new Hour(h, String.format("%02d:00", h), cells));
            }
            return new CalendarPage(true, DAY.format(range[0]) + " – " + DAY.format(range[1].minusDays(1)), range[0],
                    range[1], range[0].minusWeeks(1), range[0].plusWeeks(1), today, List.of(), days, hours, zone);
        }
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate d = range[0]; d.isBefore(range[1]); ) {
            List<Day> days = new ArrayList<>();
            for (int i = 0; i < 7; i++, d = d.plusDays(1)) {
                days.add(new Day(d, String.valueOf(d.getDayOfMonth()), d.getMonth() == anchor.getMonth(),
                        d.equals(today), byDay.getOrDefault(d, List.of())));
            }
            weeks.add(days);
        }
        LocalDate first = anchor.withDayOfMonth(1);
        return new CalendarPage(false, MONTH.format(first), range[0], range[1], first.minusMonths(1),
                first.plusMonths(1), today, weeks, List.of(), List.of(), zone);
    }
}
