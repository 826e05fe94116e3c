package io.igstudio.sandbox.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The permission decisions kept in memory between changes: a revocation or a new dialog decision takes effect on
 * the very next call, as at Meta, although the earlier answer was remembered.
 */
class GrantsTest {

    static final String APP = "100000000000001";
    static String person;
    static Grants grants;

    @BeforeAll
    static void database() throws Exception {
        SandboxDatabase db = InMemorySandbox.database("grants");
        person = db.one("SELECT id FROM sandbox_fb_user ORDER BY id", row -> row.getString("id")).orElseThrow();
        grants = new Grants();
        grants.db = db;
    }

    @Test
    void aRevocationAndANewDecisionTakeEffectAtOnce() {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        grants.decide(person, APP, List.of("instagram_basic", "instagram_content_publish"), List.of(), now);
        assertTrue(grants.has(person, APP, "instagram_content_publish"));
        assertTrue(grants.has(person, APP, "instagram_content_publish"), "asked again: remembered");

        grants.revoke(person, APP, "instagram_content_publish", now.plusSeconds(60));
        assertFalse(grants.has(person, APP, "instagram_content_publish"), "revoked: refused on the next call");
        assertEquals(Boolean.FALSE, grants.of(person, APP).get("instagram_content_publish"), "reported declined");

        grants.decide(person, APP, List.of("instagram_content_publish"), List.of(), now.plusSeconds(120));
        assertTrue(grants.has(person, APP, "instagram_content_publish"), "granted again in the dialog");

        grants.revokeAll(person, APP);
        assertTrue(grants.of(person, APP).isEmpty(), "the app removed: nothing granted");
    }
}
