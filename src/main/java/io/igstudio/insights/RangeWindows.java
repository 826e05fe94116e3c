package io.igstudio.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Meta answers insights for at most 30 days between {@code since} and {@code until} ("There cannot be more than
 * 30 days (2592000 s) between since and until"; graph-api-facts.md): a longer range becomes consecutive windows,
 * newest last.
 */
public final class RangeWindows {

    public static final Duration MAX = Duration.ofDays(30);

    private RangeWindows() {
    }

    public record Window(Instant since, Instant until) {
    }

    public static List<Window> split(Instant since, Instant until) {
        if (!since.isBefore(until)) {
            throw new IllegalArgumentException("since must be before until");
        }
        List<Window> windows = new ArrayList<>();
        Instant end = until;
        while (end.isAfter(since)) {
            Instant start = end.minus(MAX).isBefore(since) ? since : end.minus(MAX);
            windows.add(0, new Window(start, end));
            end = start;
        }
        return windows;
    }
}
