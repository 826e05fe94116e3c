package io.igstudio.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsageWindowTest {

    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void percentageIsCallsOverTheBudget() {
        UsageWindow w = new UsageWindow();
        UsageWindow.Usage u = null;
        for (int i = 0; i < 50; i++) {
            u = w.admit(T0.plusSeconds(i), 200);
        }
        assertEquals(50, u.calls());
        assertEquals(25, u.callCountPercent());
        assertTrue(u.cpuTimePercent() < u.callCountPercent() && u.totalTimePercent() < u.callCountPercent());
    }

    @Test
    void aSpentBudgetRefusesWithoutCountingUntilTheOldestCallIsAnHourOld() {
        UsageWindow w = new UsageWindow();
        for (int i = 0; i < 10; i++) {
            assertFalse(w.admit(T0.plusSeconds(i * 60L), 10).refused());
        }
        UsageWindow.Usage refused = w.admit(T0.plusSeconds(600), 10);
        assertTrue(refused.refused());
        assertEquals(100, refused.callCountPercent());
        assertEquals(50, refused.regainMinutes());
        assertEquals(10, w.peek(T0.plusSeconds(601), 10).calls());
        UsageWindow.Usage later = w.admit(T0.plusSeconds(3601), 10);
        assertFalse(later.refused());
        assertEquals(10, later.calls());
    }

    @Test
    void clearStartsAFreshHour() {
        UsageWindow w = new UsageWindow();
        w.admit(T0, 1);
        assertTrue(w.admit(T0, 1).refused());
        w.clear();
        assertFalse(w.admit(T0, 1).refused());
    }

    @Test
    void theHeaderIsKeyedByTheAccountLikeMetas() {
        String header = InstagramUsage.header("17841400000000101", new UsageWindow.Usage(150, 200, false, 0), 0);
        JsonObject entry = Json.createReader(new StringReader(header)).readObject()
                .getJsonArray("17841400000000101").getJsonObject(0);
        assertEquals("instagram", entry.getString("type"));
        assertEquals(75, entry.getInt("call_count"));
        assertEquals(java.util.Set.of("type", "call_count", "total_cputime", "total_time", "estimated_time_to_regain_access"),
                entry.keySet());
    }
}
