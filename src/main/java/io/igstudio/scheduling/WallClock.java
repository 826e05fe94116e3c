package io.igstudio.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Wall-clock times in a person's zone and the instants they stand for. A post keeps the local time and
 * zone chosen; the instant is computed from them, so "09:00" stays 09:00 on both sides of a daylight saving
 * change. A time that does not exist (the spring gap) moves forward by the gap, as clocks do; a time that
 * happens twice (the autumn overlap) is the first of the two.
 */
public final class WallClock {

    /** How far ahead the next free slot is looked for. */
    static final int SLOT_WEEKS = 8;

    private WallClock() {
    }

    public static Instant instant(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    /** The local time of an instant in a zone, to the minute. */
    public static LocalDateTime local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).withSecond(0).withNano(0);
    }

    /** A posting slot: a weekday and a local time. */
    public record Slot(DayOfWeek day, LocalTime time) implements Comparable<Slot> {
        @Override
        public int compareTo(Slot o) {
            int d = day.compareTo(o.day);
            return d != 0 ? d : time.compareTo(o.time);
        }
    }

    /**
     * The first slot after {@code after} whose wall-clock time is not {@code taken}, or {@code null} when
     * there are no slots (or all are taken for {@value #SLOT_WEEKS} weeks).
     */
    public static LocalDateTime nextFreeSlot(Collection<Slot> slots, ZoneId zone, Instant after,
                                             Set<LocalDateTime> taken) {
        if (slots.isEmpty()) {
            return null;
        }
        Set<Slot> sorted = new TreeSet<>(slots);
        LocalDate day = LocalDate.ofInstant(after, zone);
        for (int i = 0; i < SLOT_WEEKS * 7; i++, day = day.plusDays(1)) {
            for (Slot slot : sorted) {
                if (slot.day() != day.getDayOfWeek()) {
                    continue;
                }
                LocalDateTime local = day.atTime(slot.time());
                if (instant(local, zone).isAfter(after) && !taken.contains(local)) {
                    return local;
                }
            }
        }
        return null;
    }
}
