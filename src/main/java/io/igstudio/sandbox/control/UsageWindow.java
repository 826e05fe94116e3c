package io.igstudio.sandbox.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One account's calls in a rolling hour against its budget. Usage is reported as Meta reports it, in
 * percent of the allowance; when the budget is spent, calls are refused (and not counted) until the oldest
 * call leaves the window. Not thread-safe: {@link InstagramUsage} locks around it.
 */
final class UsageWindow {

    static final Duration WINDOW = Duration.ofHours(1);

    private final Deque<Instant> calls = new ArrayDeque<>();

    /** How an account stands: percentages and, when refused, minutes until it may call again. */
    record Usage(int calls, int budget, boolean refused, int regainMinutes) {

        int callCountPercent() {
            return budget <= 0 ? 100 : (int) Math.min(100, calls * 100L / budget);
        }

        /** Meta's CPU and time shares grow more slowly than the call count; the client reads the highest. */
        int cpuTimePercent() {
            return callCountPercent() * 2 / 5;
        }

        int totalTimePercent() {
            return callCountPercent() / 2;
        }
    }

    /** Counts a call unless the budget is spent. */
    Usage admit(Instant now, int budget) {
        prune(now);
        if (calls.size() >= budget) {
            return new Usage(calls.size(), budget, true, minutesToRegain(now));
        }
        calls.addLast(now);
        return new Usage(calls.size(), budget, false, 0);
    }

    Usage peek(Instant now, int budget) {
        prune(now);
        boolean spent = calls.size() >= budget;
        return new Usage(calls.size(), budget, spent, spent ? minutesToRegain(now) : 0);
    }

    void clear() {
        calls.clear();
    }

    /** Whole minutes, at least one, until the oldest call leaves the window. */
    private int minutesToRegain(Instant now) {
        if (calls.isEmpty()) {
            return 1;
        }
        long seconds = Duration.between(now, calls.peekFirst().plus(WINDOW)).getSeconds();
        return (int) Math.max(1, (seconds + 59) / 60);
    }

    private void prune(Instant now) {
        Instant start = now.minus(WINDOW);
        while (!calls.isEmpty() && !calls.peekFirst().isAfter(start)) {
            calls.removeFirst();
        }
    }
}
