package io.igstudio.sandbox.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.sandbox.graph.TimeRange;
import io.igstudio.sandbox.store.InMemorySandbox;
import io.igstudio.sandbox.store.SandboxDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code since}/{@code until} on {@code GET /{ig-user-id}/media} reach the stored feed: only posts within the range
 * are counted and listed (before, the store had no range and every post came back). Runs the sandbox migrations
 * on an in-memory H2 and lets the store generate the account's feed lazily, as it does in the app.
 */
class MediaStoreTimeRangeTest {

    static final String AVA = "17841400000000101";
    static MediaStore store;

    @BeforeAll
    static void database() throws Exception {
        SandboxDatabase db = InMemorySandbox.database("media-range");
        store = new MediaStore();
        store.db = db;
        store.people = InMemorySandbox.people(db);
    }

    @Test
    void onlyPostsWithinSinceAndUntilAreCountedAndListedNewestFirst() {
        List<SandboxMedia> all = store.feed(AVA, 0, store.feedSize(AVA));
        assertTrue(all.size() > 20);
        Instant until = all.get(5).takenAt();
        Instant since = all.get(14).takenAt();
        TimeRange range = new TimeRange(since, until);

        assertEquals(10, store.feedSize(AVA, range));
        List<SandboxMedia> page = store.feed(AVA, 0, 4, range);
        assertEquals(all.subList(5, 9).stream().map(SandboxMedia::id).toList(),
                page.stream().map(SandboxMedia::id).toList());
        assertEquals(all.get(14).id(), store.feed(AVA, 0, 10, range).get(9).id());
    }

    @Test
    void aRangeBeforeTheFirstPostIsEmptyAndNoRangeIsTheWholeFeed() {
        assertEquals(0, store.feedSize(AVA, new TimeRange(null, Instant.parse("2000-01-01T00:00:00Z"))));
        assertEquals(store.feedSize(AVA), store.feedSize(AVA, TimeRange.ALL));
    }
}
