package io.igstudio.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WaitingReasonTest {

    @Test
    void theTimeIsKeptAsAnInstantBetweenTheWords() {
        Instant at = Instant.parse("2026-11-26T07:05:42.123Z");
        WaitingReason w = WaitingReason.of("Meta asks to slow down; it tries again at " + Pipeline.at(at) + ".");
        assertEquals("Meta asks to slow down; it tries again at ", w.before());
        assertEquals(Instant.parse("2026-11-26T07:05:42Z"), w.at());
        assertEquals(".", w.after());
        assertEquals("Meta asks to slow down; it tries again at 07:05 UTC.", w.text());
    }

    @Test
    void aReasonWithoutATimeIsAllText() {
        WaitingReason w = WaitingReason.of("Checking with Instagram whether the post went out.");
        assertNull(w.at());
        assertEquals("Checking with Instagram whether the post went out.", w.text());
        assertNull(WaitingReason.of(null));
        assertEquals("{time:soon}", WaitingReason.of("{time:soon}").text());
    }
}
