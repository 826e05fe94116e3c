package io.igstudio.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Meta's limits and per-type options, checked on the server whatever the page's script did. */
class ComposeRulesTest {

    static final String PHOTO_ID = "11111111-1111-4111-8111-111111111111";
    static final String TALL_ID = "22222222-2222-4222-8222-222222222222";
    static final String VIDEO_ID = "33333333-3333-4333-8333-333333333333";
    static final String ACCOUNT = "acc-1";

    static MediaFile file(MediaFile.Kind kind, int w, int h, Long ms) {
        return new MediaFile("u", kind, "image/jpeg", "0".repeat(64), 1000, w, h, ms, "f", "x.jpg", "s", Instant.EPOCH);
    }

    static MediaFile lookup(String id) {
        return switch (id) {
            case PHOTO_ID -> file(MediaFile.Kind.IMAGE, 1080, 1080, null);
            case TALL_ID -> file(MediaFile.Kind.IMAGE, 1080, 1920, null);
            case VIDEO_ID -> file(MediaFile.Kind.VIDEO, 1080, 1920, 10_000L);
            default -> null;
        };
    }

    static Map<String, String> check(String... pairs) {
        var map = new MultivaluedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return ComposeRules.check(ComposeForm.of(map), ComposeRulesTest::lookup, List.of(ACCOUNT));
    }

    @Test
    void aPlainPhotoPasses() {
        assertEquals(Map.of(), check("type", "PHOTO", "account", ACCOUNT, "item", PHOTO_ID, "caption", "Hi #a @b"));
    }

    @Test
    void captionLimits() {
        assertTrue(check("type", "PHOTO", "account", ACCOUNT, "item", PHOTO_ID, "caption", "x".repeat(2201))
                .get("caption").contains("2200"));
        assertTrue(check("type", "PHOTO", "account", ACCOUNT, "item", PHOTO_ID, "caption",
                "#t ".repeat(31)).get("caption").contains("31 hashtags"));
        assertTrue(check("type", "PHOTO", "account", ACCOUNT, "item", PHOTO_ID, "caption",
                "@m ".repeat(21)).get("caption").contains("21 @mentions"));
        assertFalse(check("type", "PHOTO", "account", ACCOUNT, "item", PHOTO_ID, "caption", "#t ".repeat(30))
                .containsKey("caption"));
    }

    @Test
    void optionsOnlyWhereMetaTakesThem() {
        assertTrue(check("type", "STORY", "account", ACCOUNT, "item", PHOTO_ID, "caption", "no").containsKey("caption"));
        assertTrue(check("type", "PHOTO", "account", ACCOUNT, "item", PHOTO_ID, "audioName", "x").containsKey("reel"));
        assertTrue(check("type", "STORY", "account", ACCOUNT, "item", PHOTO_ID, "collaborators", "ben")
                .containsKey("collaborators"));
        assertTrue(check("type", "REEL", "account", ACCOUNT, "item", VIDEO_ID, "alt_" + VIDEO_ID, "x")
                .containsKey("alt_" + VIDEO_ID));
        assertEquals(Map.of(), check("type", "REEL", "account", ACCOUNT, "item", VIDEO_ID, "audioName", "Song",
                "trial", "MANUAL", "shareToFeed", "true"));
    }

    @Test
    void collaboratorsAreAtMostThreeWithoutAt() {
        assertTrue(check("type", "PHOTO", "account", ACCOUNT, "item", PHOTO_ID, "collaborators", "a, b, c, d")
                .containsKey("collaborators"));
        assertTrue(check("type", "PHOTO", "account", ACCOUNT, "item", PHOTO_ID, "collaborators", "@ben")
                .containsKey("collaborators"));
    }

    @Test
    void itemsPerTypeAndTheFeedShape() {
        assertTrue(check("type", "CAROUSEL", "account", ACCOUNT, "item", PHOTO_ID).containsKey("item"));
        assertEquals(Map.of(), check("type", "CAROUSEL", "account", ACCOUNT, "item", PHOTO_ID, "item", VIDEO_ID));
        assertEquals(TALL_ID, check("type", "PHOTO", "account", ACCOUNT, "item", TALL_ID).get("crop"));
        assertEquals(Map.of(), check("type", "STORY", "account", ACCOUNT, "item", TALL_ID), "stories take 9:16");
        assertTrue(check("type", "REEL", "account", ACCOUNT, "item", PHOTO_ID).containsKey("item"));
    }

    @Test
    void onlyOwnAccountsAndFiles() {
        assertTrue(check("type", "PHOTO", "account", "someone-else", "item", PHOTO_ID).containsKey("account"));
        assertTrue(check("type", "PHOTO", "account", ACCOUNT, "item", "44444444-4444-4444-8444-444444444444")
                .containsKey("item"));
    }

    @Test
    void videoPostIsAReelSharedToTheFeed() {
        var map = new MultivaluedHashMap<String, String>();
        map.add("type", "VIDEO");
        map.add("item", VIDEO_ID);
        PostSpec spec = ComposeForm.of(map).spec();
        assertTrue(spec.shareToFeed());
        assertEquals(spec, PostSpec.fromJson(spec.toJson()), "the spec survives its JSON column");
    }

    @Test
    void pollingBacksOff() {
        assertEquals(List.of(5L, 10L, 20L, 40L, 60L, 60L), java.util.stream.IntStream.range(0, 6)
                .mapToObj(Pipeline::pollDelay).map(Duration::toSeconds).toList());
    }

    @Test
    void userTagsArePlacedOnPhotosNamedOnReelsAndKeptInTheSpec() {
        assertEquals(Map.of(), check("type", "PHOTO", "account", ACCOUNT, "item", PHOTO_ID,
                "tags_" + PHOTO_ID, "ben.carter 0.25 0.75; @chloe 1 0"));
        var map = new MultivaluedHashMap<String, String>();
        map.add("type", "PHOTO");
        map.add("item", PHOTO_ID);
        map.add("tags_" + PHOTO_ID, "ben.carter 0.25 0.75; @chloe 1 0");
        assertEquals(List.of(new PostSpec.Tag("ben.carter", 0.25, 0.75), new PostSpec.Tag("chloe", 1.0, 0.0)),
                ComposeForm.of(map).spec().items().get(0).tags());

        assertTrue(check("type", "PHOTO", "account", ACCOUNT, "item", PHOTO_ID, "tags_" + PHOTO_ID, "ben.carter")
                .get("tags_" + PHOTO_ID).contains("click the preview"), "a photo's tag needs a place");
        assertTrue(check("type", "PHOTO", "account", ACCOUNT, "item", PHOTO_ID, "tags_" + PHOTO_ID, "ben 1.5 0.2")
                .get("tags_" + PHOTO_ID).contains("between 0 and 1"));
        assertTrue(check("type", "PHOTO", "account", ACCOUNT, "item", PHOTO_ID, "tags_" + PHOTO_ID, "no way 0.1")
                .containsKey("tags_" + PHOTO_ID));
        assertTrue(check("type", "PHOTO", "account", ACCOUNT, "item", PHOTO_ID, "tags_" + PHOTO_ID,
                "a 0.1 0.1;".repeat(21)).get("tags_" + PHOTO_ID).contains("at most 20"));

        assertEquals(Map.of(), check("type", "REEL", "account", ACCOUNT, "item", VIDEO_ID, "tags_" + VIDEO_ID, "ben.carter"));
        var reel = new MultivaluedHashMap<String, String>();
        reel.add("type", "REEL");
        reel.add("item", VIDEO_ID);
        reel.add("tags_" + VIDEO_ID, "ben.carter 0.5 0.5");
        assertEquals(List.of(new PostSpec.Tag("ben.carter", null, null)),
                ComposeForm.of(reel).spec().items().get(0).tags(), "reels take usernames only");
        assertEquals(Map.of(), check("type", "STORY", "account", ACCOUNT, "item", PHOTO_ID, "tags_" + PHOTO_ID, "ben"));
        assertTrue(check("type", "CAROUSEL", "account", ACCOUNT, "item", PHOTO_ID, "item", VIDEO_ID,
                "tags_" + VIDEO_ID, "ben").get("tags_" + VIDEO_ID).contains("carousel"));
    }

    @Test
    void theCoverFrameLiesWithinTheVideo() {
        assertEquals(Map.of(), check("type", "REEL", "account", ACCOUNT, "item", VIDEO_ID, "thumbOffsetMs", "9999"));
        assertTrue(check("type", "REEL", "account", ACCOUNT, "item", VIDEO_ID, "thumbOffsetMs", "10000")
                .get("thumbOffsetMs").contains("after the end"));
    }
}
