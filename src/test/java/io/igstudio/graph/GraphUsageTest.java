package io.igstudio.graph;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GraphUsageTest {

    private final MutableClock clock = new MutableClock();
    private GraphUsage usage;

    @BeforeEach
    void setUp() {
        usage = new GraphUsage();
        usage.callsPerHour = 3;
        usage.slowDownPercent = 80;
        usage.clock = clock;
    }

    @Test
    void theHourlyBudgetPerAccountIsEnforcedAndFreesUpAfterAnHour() {
        for (int i = 0; i < 3; i++) {
            usage.admit("ig1", GraphUsage.Urgency.INTERACTIVE);
        }
        var limited = assertThrows(GraphException.RateLimited.class,
                () -> usage.admit("ig1", GraphUsage.Urgency.INTERACTIVE));
        assertEquals(3600, limited.retryAfterSeconds());
        assertDoesNotThrow(() -> usage.admit("ig2", GraphUsage.Urgency.INTERACTIVE), "budgets are per account");

        clock.now = clock.now.plusSeconds(3601);
        assertDoesNotThrow(() -> usage.admit("ig1", GraphUsage.Urgency.INTERACTIVE));
        assertEquals(1, usage.of("ig1").callsLastHour());
    }

    @Test
    void aboveTheThresholdReadsYieldButPublishingGoesOn() {
        usage.recorded("ig1", null, """
                {"ig1":[{"type":"instagram","call_count":85,"total_cputime":10,"total_time":12,
                "estimated_time_to_regain_access":0}]}""", 0);
        assertEquals(85, usage.of("ig1").accountPercent());
        assertThrows(GraphException.RateLimited.class, () -> usage.admit("ig1", GraphUsage.Urgency.BACKGROUND));
        assertDoesNotThrow(() -> usage.admit("ig1", GraphUsage.Urgency.PUBLISHING));
    }

    @Test
    void appUsageCountsForEveryAccount() {
        usage.recorded(null, "{\"call_count\":90,\"total_cputime\":5,\"total_time\":5}", null, 0);
        assertEquals(90, usage.of("ig9").appPercent());
        assertThrows(GraphException.RateLimited.class, () -> usage.admit("ig9", GraphUsage.Urgency.INTERACTIVE));
    }

    @Test
    void whenMetaBlocksNobodyCallsUntilTheTimeHasPassed() {
        usage.recorded("ig1", null, null, 600);
        var limited = assertThrows(GraphException.RateLimited.class,
                () -> usage.admit("ig1", GraphUsage.Urgency.PUBLISHING));
        assertEquals(600, limited.retryAfterSeconds());
        clock.now = clock.now.plusSeconds(601);
        assertDoesNotThrow(() -> usage.admit("ig1", GraphUsage.Urgency.PUBLISHING));
    }

    @Test
    void aHighReadingDoesNotSlowTheAccountDownForever() {
        usage.recorded("ig1", null, """
                {"ig1":[{"type":"instagram","call_count":100,"total_cputime":10,"total_time":12,
                "estimated_time_to_regain_access":5}]}""", 0);
        assertThrows(GraphException.RateLimited.class, () -> usage.admit("ig1", GraphUsage.Urgency.INTERACTIVE));

        clock.now = clock.now.plusSeconds(5 * 60 + 1);
        assertDoesNotThrow(() -> usage.admit("ig1", GraphUsage.Urgency.INTERACTIVE),
                "once the block is over, a call may take a new reading");
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");

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
    }

    @Test
    void userLevelCallsSuchAsTokenExchangesAreCountedInTheAppBooks() {
        usage.admit(null, GraphUsage.Urgency.INTERACTIVE);
        usage.admit(null, GraphUsage.Urgency.INTERACTIVE);

        assertEquals(2, usage.appCallsLastHour());
    }
}
