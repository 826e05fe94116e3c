package io.igstudio.sandbox.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.sandbox.graph.FieldSelection;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OtherMediaTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:17:00Z");

    @Test
    void recentMediaCoverOnlyTheLast24Hours() {
        var recent = OtherMedia.recent("sourdough", NOW);
        assertFalse(recent.isEmpty());
        assertTrue(recent.stream().allMatch(m -> m.timestamp().isAfter(NOW.minus(Duration.ofHours(24)))
                && !m.timestamp().isAfter(NOW)));
    }

    @Test
    void hashtagIdsAreStaticAndGlobal() {
        assertEquals(OtherMedia.id("17843", "hashtag:sourdough"), OtherMedia.id("17843", "hashtag:sourdough"));
        assertEquals(17, OtherMedia.id("17843", "hashtag:x").length());
        assertEquals(OtherMedia.top("bread", NOW), OtherMedia.top("bread", NOW), "the same request, the same posts");
    }

    @Test
    void hashtagMediaHaveNoUsername() {
        var media = OtherMedia.top("bread", NOW).get(0);
        assertThrows(RuntimeException.class,
                () -> media.json(FieldSelection.parse("id,username"), ResearchMedia.HASHTAG_FIELDS, "http://x"));
        assertTrue(media.json(FieldSelection.parse("id,like_count"), ResearchMedia.HASHTAG_FIELDS, "http://x")
                .containsKey("like_count"));
    }

    @Test
    void queriesAreHashtagNamesWithoutEmojiOrSpaces() {
        assertEquals("sourdough", SandboxHashtags.normalise(" SourDough "));
        assertThrows(RuntimeException.class, () -> SandboxHashtags.normalise("two words"));
        assertThrows(RuntimeException.class, () -> SandboxHashtags.normalise("#bread"));
        assertThrows(RuntimeException.class, () -> SandboxHashtags.normalise(""));
    }
}
