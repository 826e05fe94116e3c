package io.igstudio.sandbox.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.sandbox.media.SandboxMedia;
import io.igstudio.sandbox.store.InstagramAccount;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxInsightsTest {

    private static final InstagramAccount BAKERY = new InstagramAccount("17841400000000101", "avasbakery", "Ava's Bakery",
            "BUSINESS", "", "", 4812, 312, 287);
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void seriesAreDeterministicAndAddUp() {
        LocalDate day = LocalDate.parse("2026-11-20");
        Map<String, Long> a = InsightNumbers.accountDay(BAKERY, day);
        assertEquals(a, InsightNumbers.accountDay(BAKERY, day), "same day, same numbers");
        assertFalse(a.equals(InsightNumbers.accountDay(BAKERY, day.plusDays(1))), "another day, other numbers");
        assertEquals(a.get("likes") + a.get("comments") + a.get("saves") + a.get("shares") + a.get("replies")
                + a.get("reposts"), a.get("total_interactions"));
        assertTrue(a.get("reach") > 0 && a.get("views") >= a.get("reach"));
    }

    @Test
    void dataArrivesUpToTwoDaysLate() {
        Duration delay = InsightNumbers.delay(BAKERY.id());
        assertTrue(delay.compareTo(Duration.ofHours(48)) < 0 && !delay.isNegative());
        Instant until = LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<LocalDate> days = SandboxInsights.availableDays(BAKERY.id(), until.minus(Duration.ofDays(30)), until, NOW);
        assertTrue(days.size() >= 27 && days.size() <= 29, days.toString());
        LocalDate last = days.get(days.size() - 1);
        assertFalse(last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(NOW.minus(delay)));
    }

    @Test
    void mediaNumbersFollowTheProductType() {
        SandboxMedia story = new SandboxMedia("18101000000000001", BAKERY.id(), null, "IMAGE", "STORY", "x", null,
                NOW.minus(Duration.ofHours(5)), 0, 0, "#000000", "Story", 0);
        Map<String, Long> m = InsightNumbers.media(story, BAKERY.followersCount(), NOW);
        assertEquals(m.get("navigation"), m.get("navigation:tap_forward") + m.get("navigation:tap_back")
                + m.get("navigation:tap_exit") + m.get("navigation:swipe_forward"));
        assertEquals(0L, m.get("likes"));
        assertTrue(InsightRules.MEDIA.get("STORY").contains("navigation"));
        assertFalse(InsightRules.MEDIA.get("STORY").contains("likes"));
        assertTrue(InsightRules.MEDIA.get("REELS").contains("reels_skip_rate"));
        for (List<String> metrics : InsightRules.MEDIA.values()) {
            metrics.forEach(metric -> assertFalse(InsightRules.RETIRED.contains(metric), metric));
        }
    }

    @Test
    void listsAreReadInBothShapes() {
        assertEquals(List.of("reach", "views"), SandboxInsights.list("reach,views"));
        assertEquals(List.of("reach", "views"), SandboxInsights.list("[\"reach\",\"views\"]"));
    }
}
