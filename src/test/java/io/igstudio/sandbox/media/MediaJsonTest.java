package io.igstudio.sandbox.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.sandbox.graph.FieldSelection;
import io.igstudio.sandbox.graph.GraphException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MediaJsonTest {

    static final String BASE = "http://localhost:8181";
    static final String GRID = "id,media_type,media_product_type,media_url,thumbnail_url,permalink,caption,timestamp,"
            + "like_count,comments_count";
    static final List<MediaGenerator.Post> FEED = MediaGenerator.feed("17841400000000101", "avasbakery", 4812, 287,
            Instant.parse("2026-11-20T09:05:31Z"));

    static JsonObject fixture(String name) throws Exception {
        try (InputStream in = MediaJsonTest.class.getResourceAsStream("/sandbox/meta-graph/" + name);
             var reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    static JsonObject json(MediaGenerator.Post post, String fields) {
        return MediaJson.of(post.media(), FieldSelection.parse(fields), "avasbakery", BASE, m -> post.children());
    }

    static MediaGenerator.Post first(java.util.function.Predicate<SandboxMedia> kind) {
        return FEED.stream().filter(p -> kind.test(p.media())).findFirst().orElseThrow();
    }

    @Test
    void reelsAreVideosWithAThumbnailAndAReelPermalink() {
        JsonObject reel = json(first(SandboxMedia::isReel), GRID);
        assertEquals("VIDEO", reel.getString("media_type"));
        assertEquals("REELS", reel.getString("media_product_type"));
        assertTrue(reel.getString("media_url").endsWith(".mp4"));
        assertTrue(reel.getString("thumbnail_url").startsWith(BASE + "/sandbox/meta/assets/media/"));
        assertTrue(reel.getString("permalink").matches("https://www\\.instagram\\.com/reel/[\\w-]{11}/"));
    }

    @Test
    void imagesHaveNoThumbnailAndAPostPermalink() {
        JsonObject image = json(first(m -> m.mediaType().equals(SandboxMedia.IMAGE)), GRID);
        assertFalse(image.containsKey("thumbnail_url"));
        assertTrue(image.getString("media_url").endsWith(".svg"));
        assertTrue(image.getString("permalink").matches("https://www\\.instagram\\.com/p/[\\w-]{11}/"));
        assertTrue(image.getString("timestamp").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000"));
    }

    @Test
    void aCarouselShowsItsFirstChildAndListsChildrenWithoutLikes() {
        MediaGenerator.Post album = first(SandboxMedia::isCarousel);
        JsonObject json = json(album, GRID + ",children{id,media_type,media_url,thumbnail_url,like_count}");
        assertEquals(json.getString("media_url"), json.getJsonObject("children").getJsonArray("data")
                .getJsonObject(0).getString("media_url"));
        JsonObject children = json.getJsonObject("children");
        assertEquals(Set.of("data"), children.keySet());
        assertEquals(album.children().size(), children.getJsonArray("data").size());
        children.getJsonArray("data").getValuesAs(JsonObject.class).forEach(c -> assertFalse(c.containsKey("like_count")));
    }

    @Test
    void childrenAreLeftOutOfPostsThatAreNotCarousels() {
        assertFalse(json(first(SandboxMedia::isReel), "id,children{id}").containsKey("children"));
    }

    @Test
    void gridFieldsAreTheKeysOfMetasRecordedMedia() throws Exception {
        Set<String> recorded = new HashSet<>();
        fixture("ig_user_medias_p1.json").getJsonArray("data").getValuesAs(JsonObject.class)
                .forEach(m -> recorded.addAll(m.keySet()));
        JsonObject ours = json(first(m -> m.mediaType().equals(SandboxMedia.IMAGE) && m.caption() != null),
                "id,comments_count,like_count,media_type,media_url,permalink,timestamp");
        assertEquals(recorded, ours.keySet());
        JsonObject carousel = fixture("ig_media_carousel.json");
        JsonObject ourCarousel = json(first(SandboxMedia::isCarousel), String.join(",", carousel.keySet())
                + ",children{" + String.join(",", carousel.getJsonObject("children").getJsonArray("data")
                        .getJsonObject(2).keySet()).replace(",permalink", "") + "}");
        assertEquals(carousel.keySet(), ourCarousel.keySet());
        JsonObject videoChild = carousel.getJsonObject("children").getJsonArray("data").getJsonObject(2);
        ourCarousel.getJsonObject("children").getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("media_type").equals("VIDEO")).findFirst()
                .ifPresent(c -> assertEquals(without(videoChild.keySet(), "permalink"), c.keySet()));
    }

    @Test
    void photosInAnAlbumHaveNoPermalinkAndAskingForOneIsAnError() {
        MediaGenerator.Post album = FEED.stream()
                .filter(p -> p.media().isCarousel() && p.children().stream().anyMatch(c -> !c.isVideo()))
                .findFirst().orElseThrow();
        io.igstudio.sandbox.graph.GraphException refused = org.junit.jupiter.api.Assertions.assertThrows(
                io.igstudio.sandbox.graph.GraphException.class, () -> json(album, "id,children{id,permalink}"));
        assertEquals(100, refused.error().code());
    }

    @Test
    void mediaAnswersItsIdEvenWhenFieldsLeaveItOut() {
        MediaGenerator.Post album = first(SandboxMedia::isCarousel);
        JsonObject json = json(album, "caption,children{media_type}");
        assertEquals(album.media().id(), json.getString("id"));
        json.getJsonObject("children").getJsonArray("data").getValuesAs(JsonObject.class)
                .forEach(child -> assertTrue(child.containsKey("id"), child.toString()));
    }

    private static Set<String> without(Set<String> keys, String key) {
        Set<String> copy = new HashSet<>(keys);
        copy.remove(key);
        return copy;
    }

    @Test
    void storiesAnswerLikeRecordedStories() throws Exception {
        SandboxMedia story = StoryClock.active("17841400000000101", Instant.parse("2026-11-20T09:05:31Z")).get(0);
        JsonObject recorded = fixture("ig_user_stories.json").getJsonArray("data").getJsonObject(0);
        JsonObject ours = MediaJson.of(story, FieldSelection.parse(String.join(",", recorded.keySet())), "avasbakery",
                BASE, m -> List.of());
        assertEquals(recorded.keySet(), ours.keySet());
        assertTrue(ours.getString("permalink").matches("https://instagram\\.com/stories/avasbakery/\\d{19}"));
        assertEquals("STORY", MediaJson.of(story, FieldSelection.parse("media_product_type"), "avasbakery", BASE,
                m -> List.of()).getString("media_product_type"));
    }

    @Test
    void unknownFieldsAreRefusedOnShadowIgMedia() {
        GraphException e = assertThrows(GraphException.class, () -> json(FEED.get(0), "id,account_type"));
        assertEquals("(#100) Tried accessing nonexisting field (account_type) on node type (ShadowIGMedia)",
                e.error().message());
    }

    static final String CHILDREN_EDGE = BASE + "/sandbox/meta/v26.0/17890000000000001/children";

    @Test
    void childrenWithoutPagingParametersAreOneListWithoutPaging() {
        MediaGenerator.Post album = first(SandboxMedia::isCarousel);
        JsonObject edge = MediaJson.childrenEdge(album.children(), FieldSelection.parse("id"), java.util.Map.of(),
                "avasbakery", BASE, CHILDREN_EDGE, java.util.Map.of());
        assertEquals(album.children().size(), edge.getJsonArray("data").size());
        assertFalse(edge.containsKey("paging"));
    }

    @Test
    void limitOnChildrenIsHonouredAndTheRestIsBehindNext() {
        MediaGenerator.Post album = first(p -> p.isCarousel());
        assertTrue(album.children().size() >= 2);
        JsonObject first = MediaJson.childrenEdge(album.children(), FieldSelection.parse("id"),
                java.util.Map.of("limit", "1"), "avasbakery", BASE, CHILDREN_EDGE,
                java.util.Map.of("limit", List.of("1")));
        assertEquals(1, first.getJsonArray("data").size());
        assertEquals(album.children().get(0).id(), first.getJsonArray("data").getJsonObject(0).getString("id"));
        JsonObject paging = first.getJsonObject("paging");
        assertTrue(paging.getString("next").startsWith(CHILDREN_EDGE + "?limit=1&after="));
        JsonObject second = MediaJson.childrenEdge(album.children(), FieldSelection.parse("id"),
                java.util.Map.of("limit", "1", "after", paging.getJsonObject("cursors").getString("after")),
                "avasbakery", BASE, CHILDREN_EDGE, java.util.Map.of());
        assertEquals(album.children().get(1).id(), second.getJsonArray("data").getJsonObject(0).getString("id"));
    }

    @Test
    void totalCountsOfTheReferenceAreAnsweredOnPostsNotOnChildren() {
        MediaGenerator.Post post = first(m -> !m.isCarousel() && !m.isStory());
        JsonObject json = json(post, "total_like_count,total_comments_count");
        assertEquals(post.media().likeCount(), json.getJsonNumber("total_like_count").longValue());
        assertEquals(post.media().commentsCount(), json.getJsonNumber("total_comments_count").longValue());
        MediaGenerator.Post album = first(SandboxMedia::isCarousel);
        JsonObject child = MediaJson.of(album.children().get(0), FieldSelection.parse("total_like_count"), "avasbakery",
                BASE, m -> List.of());
        assertFalse(child.containsKey("total_like_count"));
    }
}
