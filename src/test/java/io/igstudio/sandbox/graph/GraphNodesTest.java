package io.igstudio.sandbox.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.igstudio.sandbox.store.FacebookPage;
import io.igstudio.sandbox.store.FacebookUser;
import io.igstudio.sandbox.store.InstagramAccount;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphNodesTest {

    private static final String BASE = "http://localhost:8181";
    private static final InstagramAccount IG = new InstagramAccount("17841400000000101", "avasbakery", "Ava's Bakery",
            "BUSINESS", "Bio", "https://avasbakery.example.com", 4812, 312, 287);
    private static final FacebookPage LINKED = new FacebookPage("110000000000101", "1", "Ava's Bakery", "Bakery", "1",
            IG.id());
    private static final FacebookPage PLAIN = new FacebookPage("110000000000103", "1", "Ava's Old Shop", "Shop", "2", null);

    @Test
    void pageDefaultFieldsAreThoseMetaRecorded() throws Exception {
        JsonObject recorded;
        try (InputStream in = getClass().getResourceAsStream("/sandbox/meta-graph/user_accounts_p1.json");
             var reader = Json.createReader(in)) {
            recorded = reader.readObject().getJsonArray("data").getJsonObject(0);
        }
        JsonObject ours = GraphNodes.page(PLAIN, FieldSelection.none(), p -> "EAAPx", id -> IG, BASE);
        assertEquals(recorded.keySet(), ours.keySet());
    }

    @Test
    void onlyRequestedFieldsAndNoInstagramForAPageWithoutOne() {
        FieldSelection fields = FieldSelection.parse("id,name,instagram_business_account{id,username,profile_picture_url}");
        JsonObject linked = GraphNodes.page(LINKED, fields, p -> { throw new AssertionError("token not asked"); }, id -> IG, BASE);
        assertEquals(Set.of("id", "name", "instagram_business_account"), linked.keySet());
        assertEquals(BASE + "/sandbox/meta/assets/avatar/avasbakery.svg",
                linked.getJsonObject("instagram_business_account").getString("profile_picture_url"));
        assertFalse(GraphNodes.page(PLAIN, fields, p -> "t", id -> IG, BASE).containsKey("instagram_business_account"));
    }

    @Test
    void emailOnlyWhenGranted() {
        FacebookUser ava = new FacebookUser("1", "Ava Martin", "ava.martin@example.com");
        FieldSelection fields = FieldSelection.parse("id,name,email");
        assertEquals("ava.martin@example.com", GraphNodes.user(ava, fields, true).getString("email"));
        assertFalse(GraphNodes.user(ava, fields, false).containsKey("email"));
        assertEquals(Set.of("id", "name"), GraphNodes.user(ava, FieldSelection.none(), true).keySet());
    }

    @Test
    void instagramAccountTypeIsNotAFieldUnderFacebookLogin() {
        assertThrows(GraphException.class, () -> GraphNodes.instagram(IG, FieldSelection.parse("account_type"), BASE));
        assertEquals(Set.of("id"), GraphNodes.instagram(IG, FieldSelection.none(), BASE).keySet());
    }
}
