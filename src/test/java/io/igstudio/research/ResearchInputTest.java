package io.igstudio.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.graph.GraphException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What people type: a hashtag with or without '#', a username with or without '@'; Meta's reasons in words. */
class ResearchInputTest {

    @Test
    void hashtagsAreSearchedByTheirLowerCaseName() {
        assertEquals(Optional.of("sourdough"), HashtagResearch.normalise(" #SourDough "));
        assertTrue(HashtagResearch.normalise("two words").isEmpty());
        assertTrue(HashtagResearch.normalise("#").isEmpty());
        assertTrue(HashtagResearch.normalise("🍞").isEmpty(), "no emoji in hashtag queries");
    }

    @Test
    void usernamesAreInstagramUsernames() {
        assertEquals("sunrise.bakehouse", Comparisons.normalise("@Sunrise.Bakehouse"));
        assertNull(Comparisons.normalise("no spaces allowed"));
        assertNull(Comparisons.normalise("a".repeat(31)));
    }

    @Test
    void anAccountBusinessDiscoveryCannotSeeIsExplainedWithMetasCodes() {
        String reason = Comparisons.reason("nobody", new GraphException(400, 110, 2207013, "Invalid user id", "t"));
        assertTrue(reason.contains("@nobody") && reason.contains("Invalid user id") && reason.contains("110/2207013"), reason);
    }
}
