package io.igstudio.shared.time;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.control.SandboxClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * IG Studio's one clock: inject {@code java.time.Clock} wherever the application needs "now" (never
 * {@code Instant.now()}). Live, it is the system clock in UTC. In sandbox mode it runs at the sandbox clock's
 * offset, so a test or the sandbox control page that moves Meta's time forward moves IG Studio's with it:
 * scheduled posts fall due, tokens near expiry and containers expire without anybody waiting.
 */
@ApplicationScoped
public class AppClock {

    @Inject
    MetaPlatform meta;

    @Inject
    Instance<SandboxClock> sandboxClock;

    @Produces
    Clock clock() {
        return meta.isSandbox() ? new OffsetClock(() -> sandboxClock.get().cachedOffset()) : Clock.systemUTC();
    }

    /** The system clock plus an offset read on every call (cheap: the sandbox keeps it in memory). */
    static final class OffsetClock extends Clock {
        private final Supplier<Duration> offset;

        OffsetClock(Supplier<Duration> offset) {
            this.offset = offset;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("IG Studio's clock is UTC: convert with atZone where shown");
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }
}
