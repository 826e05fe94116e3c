package io.igstudio.sandbox.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContainerTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aVideoIsInProgressUntilItsProcessingTimeThenFinished() {
        Container c = video(T0.plusSeconds(30), false, Container.IN_PROGRESS);
        assertEquals("IN_PROGRESS", c.statusAt(T0));
        assertEquals("IN_PROGRESS", c.statusAt(T0.plusSeconds(29)));
        assertEquals("FINISHED", c.statusAt(T0.plusSeconds(30)));
    }

    @Test
    void aVideoToldToFailEndsInError() {
        Container c = video(T0.plusSeconds(30), true, Container.IN_PROGRESS);
        assertEquals("IN_PROGRESS", c.statusAt(T0.plusSeconds(10)));
        assertEquals("ERROR", c.statusAt(T0.plusSeconds(31)));
    }

    @Test
    void aResumableUploadWaitsForItsBytes() {
        Container c = video(null, false, Container.IN_PROGRESS);
        assertEquals("IN_PROGRESS", c.statusAt(T0.plusSeconds(3600)));
    }

    @Test
    void anythingUnpublishedExpiresAfterTwentyFourHours() {
        Container finished = video(T0, false, Container.FINISHED);
        assertEquals("FINISHED", finished.statusAt(T0.plusSeconds(24 * 3600 - 1)));
        assertEquals("EXPIRED", finished.statusAt(T0.plusSeconds(24 * 3600)));
        assertEquals("EXPIRED", video(null, false, Container.IN_PROGRESS).statusAt(T0.plusSeconds(25 * 3600)));
    }

    @Test
    void publishedAndFailedStayThatWay() {
        assertEquals("PUBLISHED", video(T0, false, Container.PUBLISHED).statusAt(T0.plusSeconds(48 * 3600)));
        assertEquals("ERROR", video(T0, false, Container.ERROR).statusAt(T0.plusSeconds(48 * 3600)));
    }

    @Test
    void aCarouselFollowsItsItems() {
        assertEquals("FINISHED", Container.carouselStatus("IN_PROGRESS", java.util.List.of("FINISHED", "FINISHED")));
        assertEquals("IN_PROGRESS", Container.carouselStatus("IN_PROGRESS", java.util.List.of("FINISHED", "IN_PROGRESS")));
        assertEquals("ERROR", Container.carouselStatus("IN_PROGRESS", java.util.List.of("ERROR", "IN_PROGRESS")));
        assertEquals("ERROR", Container.carouselStatus("IN_PROGRESS", java.util.List.of("FINISHED", "EXPIRED")));
        assertEquals("EXPIRED", Container.carouselStatus("EXPIRED", java.util.List.of("FINISHED", "FINISHED")));
        assertEquals("PUBLISHED", Container.carouselStatus("PUBLISHED", java.util.List.of("FINISHED", "FINISHED")));
    }

    @Test
    void statusTextsAreMetas() {
        assertEquals("Finished: Media has been uploaded and it is ready to be published.",
                Container.statusText("FINISHED", null));
        assertTrue(Container.statusText("ERROR", "The video format is not supported. (2207026)").startsWith("Error: "));
    }

    @Test
    void videoStoriesAreVideos() {
        Container story = new Container("1", "2", ContainerDraft.STORIES, false, "u", false, null, null,
                Json.createObjectBuilder().add("_video", true).build(), Container.IN_PROGRESS, null, T0, T0, false, null,
                null);
        assertTrue(story.isVideo());
        assertFalse(story.isCarousel());
    }

    private static Container video(Instant readyAt, boolean fail, String stored) {
        return new Container("17900000000000001", "17841400000000101", ContainerDraft.REELS, false, null, true, null,
                null, Json.createObjectBuilder().build(), stored, null, T0, readyAt, fail, null, null);
    }
}
