package io.igstudio.sandbox.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.sandbox.graph.GraphParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerRulesTest {

    private static final String JPEG = "https://studio.example.com/m/abc.jpg";
    private static final String MP4 = "https://studio.example.com/m/abc.mp4";

    @Test
    void aPhotoNeedsNoMediaTypeAndTakesItsFeedParameters() {
        ContainerDraft d = check("image_url", JPEG, "caption", "Hello #bread @ava.creates", "alt_text", "A loaf",
                "collaborators", "ava.creates,northwind.coffee", "location_id", "110000000000101",
                "user_tags", "[{\"username\":\"ava.creates\",\"x\":0.5,\"y\":0.25}]", "is_ai_generated", "true");
        assertEquals(ContainerDraft.IMAGE, d.kind());
        assertTrue(d.isImage());
        assertEquals(JPEG, d.mediaUrl());
        assertEquals(List.of("ava.creates", "northwind.coffee"),
                d.params().getJsonArray("collaborators").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void parametersATypeDoesNotTakeAreRefusedNotIgnored() {
        assertCode(100, null, "media_type", "REELS", "video_url", MP4, "alt_text", "x");
        assertCode(100, null, "media_type", "STORIES", "image_url", JPEG, "caption", "stories have none");
        assertCode(100, null, "image_url", JPEG, "share_to_feed", "true");
        assertCode(100, null, "image_url", JPEG, "is_carousel_item", "true", "caption", "items have none");
        assertCode(100, null, "media_type", "CAROUSEL", "children", "1,2", "alt_text", "only on images");
        assertCode(100, null, "media_type", "VIDEO", "video_url", MP4, "is_carousel_item", "true", "user_tags",
                "[{\"username\":\"a\",\"x\":0.1,\"y\":0.1}]");
        assertCode(100, null, "media_type", "REELS", "video_url", MP4, "is_carousel_item", "true");
    }

    @Test
    void reelsTakeTheirOwnOptions() {
        ContainerDraft d = check("media_type", "REELS", "video_url", MP4, "cover_url", JPEG, "thumb_offset", "1500",
                "audio_name", "Morning bake", "share_to_feed", "false", "trial_params",
                "{\"graduation_strategy\":\"MANUAL\"}", "user_tags", "[{\"username\":\"ava.creates\"}]");
        assertTrue(d.isVideo());
        assertFalse(d.shareToFeed());
        assertEquals(JPEG, d.coverUrl());
        assertCode(100, null, "media_type", "REELS", "video_url", MP4, "trial_params", "{\"graduation_strategy\":\"SOON\"}");
        assertCode(100, null, "media_type", "REELS", "video_url", MP4, "user_tags",
                "[{\"username\":\"ava.creates\",\"x\":0.1,\"y\":0.2}]");
        assertCode(1, 2207057, "media_type", "REELS", "video_url", MP4, "thumb_offset", "-5");
    }

    @Test
    void captionLimitsAreMetas() {
        check("image_url", JPEG, "caption", "x".repeat(2200));
        assertCode(36004, 2207010, "image_url", JPEG, "caption", "x".repeat(2201));
        assertCode(36004, 2207010, "image_url", JPEG, "caption", "#t ".repeat(31));
        check("image_url", JPEG, "caption", "#t ".repeat(30) + "@a ".repeat(20));
        assertCode(36004, 2207010, "image_url", JPEG, "caption", "@a ".repeat(21));
        // emoji count as one character each, as on Instagram
        check("image_url", JPEG, "caption", "\uD83C\uDF5E".repeat(2200));
    }

    @Test
    void collaboratorsAreAtMostThreeWellFormedOtherAccounts() {
        assertCode(100, 2207018, "image_url", JPEG, "collaborators", "@ava.creates");
        assertCode(100, 2207018, "image_url", JPEG, "collaborators", "avasbakery");
        assertCode(100, 2207018, "image_url", JPEG, "collaborators", "[\"has space\"]");
        assertCode(100, null, "image_url", JPEG, "collaborators", "a,b,c,d");
        check("image_url", JPEG, "collaborators", "[\"a\",\"b\",\"c\"]");
    }

    @Test
    void carouselsHaveTwoToTenChildren() {
        assertCode(100, 2207028, "media_type", "CAROUSEL", "children", "17800000000000001");
        assertCode(100, 2207028, "media_type", "CAROUSEL", "children", "1,2,3,4,5,6,7,8,9,10,11");
        assertEquals(List.of("1", "2"), check("media_type", "CAROUSEL", "children", "[\"1\",\"2\"]").children());
        assertCode(100, null, "media_type", "CAROUSEL");
    }

    @Test
    void mediaSourcesFollowTheType() {
        assertCode(100, null, "caption", "no image");
        assertCode(100, 2207023, "media_type", "GIF", "image_url", JPEG);
        assertCode(100, null, "media_type", "REELS");
        assertTrue(check("media_type", "REELS", "upload_type", "resumable").resumable());
        assertCode(100, null, "media_type", "REELS", "upload_type", "resumable", "video_url", MP4);
        assertCode(100, null, "media_type", "REELS", "upload_type", "chunked");
        assertCode(100, null, "media_type", "STORIES", "image_url", JPEG, "video_url", MP4);
        assertTrue(check("media_type", "STORIES", "video_url", MP4).isVideo());
        assertTrue(check("media_type", "STORIES", "image_url", JPEG).isImage());
        assertCode(9004, 2207052, "image_url", "file:///etc/passwd");
        assertCode(9004, 2207052, "image_url", "not a url");
    }

    @Test
    void aVideoIsOnlyACarouselItemButItsContainerIsStillCreated() {
        ContainerDraft standalone = check("media_type", "VIDEO", "video_url", MP4);
        assertFalse(standalone.carouselItem(), "refused at publish (100/2207089), not at creation");
        assertTrue(check("media_type", "VIDEO", "video_url", MP4, "is_carousel_item", "true").carouselItem());
    }

    private static ContainerDraft check(String... pairs) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.put(pairs[i], List.of(pairs[i + 1]));
        }
        return ContainerRules.check(GraphParameters.of(query, null, null, null), "avasbakery");
    }

    private static void assertCode(int code, Integer subcode, String... pairs) {
        PublishingException e = assertThrows(PublishingException.class, () -> check(pairs));
        assertEquals(code, e.error().code(), e.error().toString());
        assertEquals(subcode, e.error().subcode(), e.error().toString());
        assertEquals(400, e.error().status());
    }
}
