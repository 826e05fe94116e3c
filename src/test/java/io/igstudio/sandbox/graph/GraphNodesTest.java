package io.igstudio.sandbox.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals("ava.martin@example.com", GraphNodes.user(ava, fields, true, BASE).getString("email"));
        assertFalse(GraphNodes.user(ava, fields, false, BASE).containsKey("email"));
        assertEquals(Set.of("id", "name"), GraphNodes.user(ava, FieldSelection.none(), true, BASE).keySet());
    }

    @Test
    void instagramAccountTypeIsNotAFieldUnderFacebookLogin() {
        assertThrows(GraphException.class, () -> GraphNodes.instagram(IG, FieldSelection.parse("account_type"), BASE));
        assertEquals(Set.of("id"), GraphNodes.instagram(IG, FieldSelection.none(), BASE).keySet());
    }

    @Test
    void documentedFieldsAreAnsweredNotRefused() {
        FacebookUser ava = new FacebookUser("1", "Ava Martin", "ava.martin@example.com");
        JsonObject user = GraphNodes.user(ava, FieldSelection.parse("picture,link"), true, BASE);
        assertEquals(Set.of("id", "picture"), user.keySet(), "link needs user_link, which the app cannot have");
        JsonObject page = GraphNodes.page(LINKED, FieldSelection.parse("about,fan_count,link,picture"), p -> "t",
                id -> IG, BASE);
        assertEquals(Set.of("id", "about", "fan_count", "link", "picture"), page.keySet());
        assertEquals("https://www.facebook.com/" + LINKED.id(), page.getString("link"));
        assertFalse(page.getJsonObject("picture").getJsonObject("data").getString("url").isEmpty());
    }

    @Test
    void everyNodeAnswersItsIdEvenWhenFieldsLeaveItOut() {
        FacebookUser ava = new FacebookUser("1", "Ava Martin", "ava.martin@example.com");
        assertEquals("1", GraphNodes.user(ava, FieldSelection.parse("name"), true, BASE).getString("id"));
        assertEquals(LINKED.id(), GraphNodes.page(LINKED, FieldSelection.parse("name"), p -> "t", id -> IG, BASE)
                .getString("id"));
        JsonObject ig = GraphNodes.instagram(IG, FieldSelection.parse("username,followers_count"), BASE);
        assertEquals(Set.of("id", "username", "followers_count"), ig.keySet());
        assertEquals(IG.id(), ig.getString("id"));
        assertEquals(IG.id(), GraphNodes.page(LINKED, FieldSelection.parse("instagram_business_account{username}"),
                p -> "t", id -> IG, BASE).getJsonObject("instagram_business_account").getString("id"));
    }

    @Test
    void documentedIgUserFieldsAreAnsweredAndTheShopFieldNeedsItsPermission() {
        JsonObject ig = GraphNodes.instagram(IG, FieldSelection.parse("has_profile_pic,is_published,legacy_instagram_user_id"),
                BASE);
        assertEquals(true, ig.getBoolean("has_profile_pic"));
        assertEquals(true, ig.getBoolean("is_published"));
        assertEquals(16, ig.getString("legacy_instagram_user_id").length());
        GraphException shop = assertThrows(GraphException.class,
                () -> GraphNodes.instagram(IG, FieldSelection.parse("id,shopping_product_tag_eligibility"), BASE));
        assertEquals(10, shop.error().code());
        GraphException type = assertThrows(GraphException.class,
                () -> GraphNodes.instagram(IG, FieldSelection.parse("account_type"), BASE));
        assertEquals(100, type.error().code());
    }

    @Test
    void userFieldsBehindPermissionsTheAppLacksAreLeftOutNotRefused() {
        FacebookUser ava = new FacebookUser("1", "Ava Martin", "ava.martin@example.com");
        JsonObject user = GraphNodes.user(ava, FieldSelection.parse("name,middle_name,birthday,gender,hometown,location,age_range"),
                true, BASE);
        assertEquals(Set.of("id", "name"), user.keySet());
    }

    @Test
    void documentedPageFieldsAreAnswered() {
        JsonObject page = GraphNodes.page(LINKED, FieldSelection.parse(
                "description,is_published,talking_about_count,verification_status,website"), p -> "EAAPx", id -> IG, BASE);
        assertEquals(true, page.getBoolean("is_published"));
        assertEquals("not_verified", page.getString("verification_status"));
        assertTrue(page.getInt("talking_about_count") >= 0);
        assertTrue(page.getString("description").contains("Ava's Bakery"));
        assertFalse(page.containsKey("website"));
    }
}
