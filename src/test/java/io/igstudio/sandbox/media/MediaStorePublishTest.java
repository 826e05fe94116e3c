package io.igstudio.sandbox.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.sandbox.store.SandboxDatabase;
import io.igstudio.sandbox.store.SandboxPeople;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
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
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:media-publish;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/sandbox").table("sandbox_schema_history").load()
                .migrate();
        db = new SandboxDatabase();
        var field = SandboxDatabase.class.getDeclaredField("dataSource");
        field.setAccessible(true);
        field.set(db, h2);
        SandboxPeople people = new SandboxPeople();
        var peopleDb = SandboxPeople.class.getDeclaredField("db");
        peopleDb.setAccessible(true);
        peopleDb.set(people, db);
        store = new MediaStore();
        store.db = db;
        store.people = people;
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
