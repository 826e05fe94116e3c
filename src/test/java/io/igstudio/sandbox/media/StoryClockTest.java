package io.igstudio.sandbox.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClockTest {

    static final String AVA = "17841400000000101";

    @Test
    void atAnyMomentSomeStoriesAreActiveAndNoneIsOlderThanADay() {
        Instant start = Instant.parse("2026-11-20T00:00:00Z");
        for (int hour = 0; hour < 24 * 14; hour += 1) {
            Instant now = start.plus(Duration.ofMinutes(hour * 61L));
            List<SandboxMedia> stories = StoryClock.active(AVA, now);
            assertTrue(stories.size() >= 2, now + ": " + stories.size());
            for (SandboxMedia s : stories) {
                assertFalse(s.takenAt().isAfter(now));
                assertTrue(s.takenAt().isAfter(now.minus(Duration.ofHours(24))));
                assertEquals(SandboxMedia.STORY, s.productType());
            }
            for (int i = 1; i < stories.size(); i++) {
                assertTrue(stories.get(i).takenAt().isBefore(stories.get(i - 1).takenAt()));
            }
        }
    }

    @Test
    void aStoryKeepsItsIdAndIsFoundByItUntilItExpires() {
        Instant now = Instant.parse("2026-11-20T09:05:31Z");
        SandboxMedia story = StoryClock.active(AVA, now).get(0);
        assertTrue(StoryClock.isStoryId(story.id()));
        assertEquals(story, StoryClock.active(AVA, now.plusSeconds(60)).get(0));
        assertEquals(story, StoryClock.find(story.id(), AVA, now).orElseThrow());
        assertTrue(StoryClock.find(story.id(), "17841400000000102", now).isEmpty());
        assertTrue(StoryClock.find(story.id(), AVA, story.takenAt().plus(Duration.ofHours(24))).isEmpty());
    }

    @Test
    void accountsHaveDifferentStories() {
        Instant now = Instant.parse("2026-11-20T09:05:31Z");
        assertFalse(StoryClock.active(AVA, now).get(0).id().equals(StoryClock.active("17841400000000102", now).get(0).id()));
    }
}
