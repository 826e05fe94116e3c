package io.igstudio.graph;

import static io.igstudio.graph.GraphParsingTest.fixture;
import static io.igstudio.graph.GraphParsingTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.graph.ContainerSpec.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The publishing parameters per container kind (graph-api-facts.md) and the reading of Meta's answers. */
class PublishingGraphTest {

    private static ContainerSpec full(Kind kind) {
        return new ContainerSpec(kind, "https://studio.example/m/abc", "Hello #bread", "A loaf", List.of("ben"),
                List.of(), List.of(), "110", null, null, null, null, null, false);
    }

    @Test
    void photoTakesImageUrlCaptionAltTextCollaboratorsAndLocation() {
        Map<String, String> p = full(Kind.IMAGE).parameters();
        assertEquals("https://studio.example/m/abc", p.get("image_url"));
        assertEquals("Hello #bread", p.get("caption"));
        assertEquals("A loaf", p.get("alt_text"));
        assertEquals("[\"ben\"]", p.get("collaborators"));
        assertEquals("110", p.get("location_id"));
        assertFalse(p.containsKey("media_type"), "a single image has no media_type");
    }

    @Test
    void videoIsAlwaysAReelByResumableUploadNeverStandaloneVideo() {
        Map<String, String> p = ContainerSpec.of(Kind.REEL).parameters();
        assertEquals("REELS", p.get("media_type"));
        assertEquals("resumable", p.get("upload_type"));
        Map<String, String> item = ContainerSpec.of(Kind.CAROUSEL_VIDEO).parameters();
        assertEquals("VIDEO", item.get("media_type"));
        assertEquals("true", item.get("is_carousel_item"));
    }

    @Test
    void captionIsRefusedOnStoriesAndCarouselItems() {
        var story = new ContainerSpec(Kind.STORY_IMAGE, "https://x/y", "no", null, null, null, null, null, null, null,
                null, null, null, false);
        assertTrue(assertThrows(IllegalArgumentException.class, story::parameters).getMessage().contains("caption"));
        var item = new ContainerSpec(Kind.CAROUSEL_IMAGE, "https://x/y", "no", null, null, null, null, null, null,
                null, null, null, null, false);
        assertThrows(IllegalArgumentException.class, item::parameters);
    }

    @Test
    void altTextOnlyOnImages() {
        var reel = new ContainerSpec(Kind.REEL, null, null, "alt", null, null, null, null, null, null, null, null, null,
                false);
        assertTrue(assertThrows(IllegalArgumentException.class, reel::parameters).getMessage().contains("alt_text"));
    }

    @Test
    void reelOptionsAndCoverWinsOverFrameOffset() {
        var reel = new ContainerSpec(Kind.REEL, null, "c", null, null, null,
                List.of(new ContainerSpec.UserTag("ava", 0.5, 0.5)), null, "https://x/cover", 1500L, "Song", true,
                "MANUAL", true);
        Map<String, String> p = reel.parameters();
        assertEquals("https://x/cover", p.get("cover_url"));
        assertFalse(p.containsKey("thumb_offset"));
        assertEquals("true", p.get("share_to_feed"));
        assertEquals("{\"graduation_strategy\":\"MANUAL\"}", p.get("trial_params"));
        assertEquals("[{\"username\":\"ava\"}]", p.get("user_tags"), "reels take usernames only");
        assertEquals("true", p.get("is_ai_generated"));
    }

    @Test
    void carouselNeedsTwoToTenChildren() {
        assertThrows(IllegalArgumentException.class, () -> ContainerSpec.of(Kind.CAROUSEL)
                .withChildren(List.of("1")).parameters());
        assertEquals("1,2,3", ContainerSpec.of(Kind.CAROUSEL).withChildren(List.of("1", "2", "3")).parameters()
                .get("children"));
        assertThrows(IllegalArgumentException.class, () -> ContainerSpec.of(Kind.CAROUSEL)
                .withChildren(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")).parameters());
    }

    @Test
    void shareToFeedOnlyOnReels() {
        var photo = new ContainerSpec(Kind.IMAGE, "https://x/y", null, null, null, null, null, null, null, null, null,
                true, null, false);
        assertThrows(IllegalArgumentException.class, photo::parameters);
    }

    @Test
    void recordedContainerStatusAndIds() {
        ContainerStatus status = GraphPublishing.status(fixture("publish_container_info.json"));
        assertEquals(ContainerStatus.Code.FINISHED, status.code());
        assertEquals("17966279578433554", status.id());
        assertEquals("17889455560051444", GraphPublishing.id(fixture("publish_create_photo.json")));
        assertEquals("17920238422030506", GraphPublishing.id(fixture("publish_publish_container.json")));
        assertEquals(ContainerStatus.Code.UNKNOWN, GraphPublishing.status(json("{\"id\":\"1\",\"status_code\":\"NEW\"}")).code());
    }

    @Test
    void recordedPublishingLimitIsReadNotAssumed() {
        PublishingLimit limit = GraphPublishing.limit(fixture("publish_publish_limit_resp.json"));
        assertEquals(25, limit.total());
        assertEquals(0, limit.used());
        assertEquals(Duration.ofDays(1), limit.window());
        assertThrows(GraphException.class, () -> GraphPublishing.limit(json("{\"data\":[{\"quota_usage\":1}]}")));
    }

    @Test
    void nodeIdsAreCheckedBeforeTheyReachMeta() {
        assertEquals("17841400000000001", PublishingClient.id("17841400000000001"));
        assertThrows(IllegalArgumentException.class, () -> PublishingClient.id("me/accounts"));
        assertThrows(IllegalArgumentException.class, () -> PublishingClient.id("1?fields=x"));
    }
}
