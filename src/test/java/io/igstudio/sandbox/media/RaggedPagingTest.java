package io.igstudio.sandbox.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.sandbox.graph.Paging;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaggedPagingTest {

    private static final List<SandboxMedia> FEED = MediaGenerator.feed("17841400000000101", "avasbakery", 4812, 60,
            java.time.Instant.parse("2026-11-20T09:05:31Z")).stream().map(MediaGenerator.Post::media).toList();

    @Test
    void pagesAreShortAndTheSecondIsEmptyWhileMoreFollow() {
        Paging first = Paging.window(FEED.size(), "10", null, null);
        List<SandboxMedia> firstItems = InstagramGraph.ragged(FEED.subList(first.from(), first.to()), first);
        assertEquals(8, firstItems.size(), "a short page");
        Paging second = Paging.window(FEED.size(), "10", first.afterCursor(), null);
        assertTrue(InstagramGraph.ragged(FEED.subList(second.from(), second.to()), second).isEmpty());
        assertTrue(second.hasNext(), "an empty page that still has next");
    }
}
