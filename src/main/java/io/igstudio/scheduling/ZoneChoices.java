package io.igstudio.scheduling;

import java.time.ZoneId;
import java.util.List;

/** The region ids offered in the zone picker, sorted. */
final class ZoneChoices {

    static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    private ZoneChoices() {
    }
}
