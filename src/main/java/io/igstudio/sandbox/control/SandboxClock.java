package io.igstudio.sandbox.control;

import io.igstudio.sandbox.store.SandboxDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * The sandbox's own time: real time plus an offset kept in {@code sandbox_clock}, so that a test can let a day
 * pass (containers expire after 24 hours, the publishing quota counts the last 24 hours, published stories
 * disappear after 24 hours) without waiting. Moving it forward is the only change allowed: Meta's time never
 * runs backwards, and a reset goes back to real time.
 */
@ApplicationScoped
public class SandboxClock {

    private static final long CACHE_NANOS = 1_000_000_000L;

    @Inject
    SandboxDatabase db;

    private volatile Duration cached;
    private volatile long cachedAt;

    /** The sandbox's time, with the offset as read at most a second ago ({@link #cachedOffset}). */
    public Instant now() {
        return Instant.now().plus(cachedOffset());
    }

    public Duration offset() {
        Duration offset = Duration.ofSeconds(db.one("SELECT offset_seconds FROM sandbox_clock WHERE id = 1",
                row -> row.getLong("offset_seconds")).orElse(0L));
        cached = offset;
        cachedAt = System.nanoTime();
        return offset;
    }

    /**
     * The offset as read at most a second ago: IG Studio's own clock and every sandbox call ask, and a database
     * read each time would be wasted (six per published post). Moving the clock here updates it at once; another instance sharing the
     * database sees the move within a second.
     */
    public Duration cachedOffset() {
        Duration offset = cached;
        if (offset == null || System.nanoTime() - cachedAt > CACHE_NANOS) {
            offset = offset();
        }
        return offset;
    }

    /** Moves the clock forward by {@code by} (negative values are refused); answers the new time. */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The sandbox clock only moves forward");
        }
        db.update("UPDATE sandbox_clock SET offset_seconds = offset_seconds + ? WHERE id = 1", by.getSeconds());
        offset();
        return now();
    }

    public Instant reset() {
        db.update("UPDATE sandbox_clock SET offset_seconds = 0 WHERE id = 1");
        offset();
        return now();
    }
}
