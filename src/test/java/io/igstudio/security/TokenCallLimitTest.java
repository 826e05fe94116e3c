package io.igstudio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Calls to Meta's token endpoint: per person and per address, per minute (issue 15). */
class TokenCallLimitTest {

    private Instant now = Instant.parse("2026-11-26T10:00:00Z");
    private final TokenCallLimit limit = new TokenCallLimit();

    TokenCallLimitTest() {
        limit.perMinute = 10;
        limit.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void tenAMinuteForOnePersonThenTheWaitIsSaid() {
        for (int i = 0; i < 10; i++) {
            assertTrue(limit.admit("u1", "10.0.0." + i).isEmpty(), "call " + (i + 1));
        }
        now = now.plusSeconds(20);
        assertEquals(40, limit.admit("u1", "10.0.0.99").orElseThrow());
        assertTrue(limit.admit("u2", "10.0.0.98").isEmpty(), "another person is not held up");
        now = now.plus(Duration.ofSeconds(41));
        assertTrue(limit.admit("u1", "10.0.0.99").isEmpty(), "a new minute");
    }

    @Test
    void oneAddressIsLimitedWhoeverCalls() {
        for (int i = 0; i < 10; i++) {
            assertTrue(limit.admit(i % 2 == 0 ? null : "u" + i, "192.0.2.1").isEmpty());
        }
        assertTrue(limit.admit(null, "192.0.2.1").isPresent(), "anonymous callbacks from one address");
        assertTrue(limit.admit("fresh", "192.0.2.1").isPresent(), "a signed-in person from that address");
        assertTrue(limit.admit(null, "192.0.2.2").isEmpty());
    }
}
