package io.igstudio.sandbox.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.sandbox.graph.FieldSelection;
import io.igstudio.sandbox.graph.PageListing;
import io.igstudio.sandbox.graph.Paging;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grid's "load more": the media edge read window by window, as {@code InstagramGraph} reads the store. */
class MediaPagingTest {

    static final String EDGE = "http://localhost:8181/sandbox/meta/v26.0/17841400000000101/media";
    static final List<SandboxMedia> MEDIA = MediaJsonTest.FEED.stream().map(MediaGenerator.Post::media).toList();

    static JsonObject page(String limit, String after) {
        Paging window = Paging.window(MEDIA.size(), limit, after, null);
        return PageListing.ofWindow(MEDIA.subList(window.from(), window.to()), window,
                m -> MediaJson.of(m, FieldSelection.parse("id,timestamp"), "avasbakery", "http://localhost:8181",
                        x -> List.of()),
                EDGE, Map.of("fields", List.of("id,timestamp"), "limit", List.of(limit)));
    }

    @Test
    void followingNextVisitsEveryPostOnceNewestFirstAndTheLastPageHasNoNext() {
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        while (true) {
            JsonObject page = page("24", after);
            page.getJsonArray("data").getValuesAs(JsonObject.class).forEach(m -> seen.add(m.getString("id")));
            pages++;
            JsonObject paging = page.getJsonObject("paging");
            if (!paging.containsKey("next")) {
                break;
            }
            assertTrue(paging.getString("next").startsWith(EDGE + "?"));
            assertTrue(paging.getString("next").contains("limit=24&after="));
            after = paging.getJsonObject("cursors").getString("after");
        }
        assertEquals(12, pages);
        assertEquals(MEDIA.stream().map(SandboxMedia::id).toList(), seen);
    }

    @Test
    void aLaterPageLinksBackWithPrevious() {
        JsonObject first = page("24", null);
        assertFalse(first.getJsonObject("paging").containsKey("previous"));
        JsonObject second = page("24", first.getJsonObject("paging").getJsonObject("cursors").getString("after"));
        assertTrue(second.getJsonObject("paging").getString("previous").contains("before="));
    }

    @Test
    void limitOnAnExpandedEdgeIsRead() {
        FieldSelection fields = FieldSelection.parse("id,media.limit(24){id,caption},stories{id}");
        assertEquals("24", fields.limit("media"));
        assertEquals(null, fields.limit("stories"));
        assertEquals(List.of("id"), List.copyOf(fields.without(java.util.Set.of("media", "stories")).names()));
    }
}
