package io.igstudio.sandbox.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.sandbox.store.InMemorySandbox;
import io.igstudio.sandbox.store.SandboxDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A publication does not generate the account's feed (that put hundreds of rows inside {@code media_publish}), and
 * the feed generated later, by its first reader, still comes with the published post: the profile's count and the
 * grid agree as before.
 */
class MediaStorePublishTest {

    static final String AVA = "17841400000000101";
    static SandboxDatabase db;
    static MediaStore store;

    @BeforeAll
    static void database() throws Exception {
        db = InMemorySandbox.database("media-publish");
        store = new MediaStore();
        store.db = db;
        store.people = InMemorySandbox.people(db);
    }

    @Test
    void aPostPublishedBeforeAnyoneReadTheFeedShowsBesideTheGeneratedFeed() {
        String id = "17700000000000001";
        SandboxMedia published = new SandboxMedia(id, AVA, null, "IMAGE", SandboxMedia.FEED, "DAbcdefghij",
                "Fresh out of the oven", Instant.now(), 0, 0, "#336699", "Fresh loaf", 0);
        store.publish(AVA, List.of(new MediaGenerator.Post(published, List.of())));

        assertEquals(1, rows(), "publishing stored only the new post");
        assertTrue(store.isStored(id));
        assertFalse(store.isStored("17800000000000001"));
        assertEquals(1, rows(), "looking an id up generated nothing");

        int generated = (int) store.people.instagram(AVA).orElseThrow().mediaCount();
        assertTrue(generated > 20);
        assertEquals(generated + 1, store.feedSize(AVA), "the first reader generated the feed beside the post");
        List<SandboxMedia> feed = store.feed(AVA, 0, 1);
        assertEquals(id, feed.get(0).id(), "the published post is the newest");
    }

    private static int rows() {
        return db.one("SELECT COUNT(*) AS n FROM sandbox_ig_media WHERE ig_user_id = ?", row -> row.getInt("n"), AVA)
                .orElse(0);
    }
}
