package io.igstudio.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Graph client's reading of Meta's JSON, against responses recorded from the real Graph API. */
class GraphParsingTest {

    static JsonObject fixture(String name) {
        try (InputStream in = GraphParsingTest.class.getResourceAsStream("/meta-graph/" + name);
             var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void longLivedTokenResponse() {
        AccessToken token = GraphParsing.accessToken(fixture("long_term_token.json"));
        assertEquals("token", token.value());
        assertEquals(Duration.ofDays(60), token.expiresIn());
        assertFalse(token.toString().contains("token,"), "toString hides the value");
        assertTrue(token.toString().contains("hidden"));
    }

    @Test
    void aTokenResponseWithoutATokenIsAnError() {
        assertThrows(GraphException.class, () -> GraphParsing.accessToken(json("{\"token_type\":\"bearer\"}")));
    }

    @Test
    void pagesAndTheirCursor() {
        JsonObject first = fixture("user_accounts_p1.json");
        List<FacebookPage> pages = GraphParsing.pages(first);
        assertEquals(4, pages.size());
        assertEquals(new FacebookPage("123", "AAAAAAAAA", Optional.empty()), pages.get(0));
        assertEquals(Optional.of("after"), GraphParsing.nextCursor(first));

        JsonObject last = fixture("user_accounts_p2.json");
        assertEquals(2, GraphParsing.pages(last).size());
        assertEquals(Optional.empty(), GraphParsing.nextCursor(last), "no paging.next on the last page");
    }

    @Test
    void pageWithItsInstagramAccount() {
        JsonObject ig = fixture("ig_user_fields.json");
        JsonObject body = Json.createObjectBuilder()
                .add("data", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "1").add("name", "Shop").add("instagram_business_account", ig)))
                .build();
        FacebookPage page = GraphParsing.pages(body).get(0);
        InstagramProfile profile = page.instagram().orElseThrow();
        assertEquals("17841407673135339", profile.id());
        assertEquals("facebookfordevelopers", profile.username());
        assertEquals(64363, profile.followersCount());
        assertEquals(427, profile.mediaCount());
    }

    @Test
    void grantedAndDeclinedPermissions() {
        Permissions p = GraphParsing.permissions(json("""
                {"data":[{"permission":"instagram_basic","status":"granted"},
                         {"permission":"instagram_content_publish","status":"declined"},
                         {"permission":"public_profile","status":"granted"}]}"""));
        assertEquals(List.of("instagram_basic", "public_profile"), p.granted());
        assertEquals(List.of("instagram_content_publish"), p.declined());
        assertTrue(p.grants("instagram_basic"));
    }

    @Test
    void recordedErrorObjectIsAPermissionlessGenericError() {
        GraphException e = GraphErrors.from(400, fixture("error_data.json"), 0);
        assertEquals(100, e.code());
        assertEquals("AQt_hJ68vFybS4TnupatNtX", e.fbtraceId());
        assertTrue(e.getMessage().startsWith("(#100) Object does not exist"));
        assertEquals(GraphException.class, e.getClass());
    }

    @Test
    void errorFamilies() {
        var expired = GraphErrors.from(400, error(190, 463, false), 0);
        assertInstanceOf(GraphException.InvalidToken.class, expired);
        assertTrue(((GraphException.InvalidToken) expired).expired());
        assertInstanceOf(GraphException.InvalidToken.class, GraphErrors.from(400, error(190, 458, false), 0));

        assertInstanceOf(GraphException.MissingPermission.class, GraphErrors.from(403, error(10, null, false), 0));
        assertInstanceOf(GraphException.MissingPermission.class, GraphErrors.from(403, error(200, null, false), 0));

        for (int code : new int[] {4, 17, 32, 613, 80002}) {
            var limited = GraphErrors.from(400, error(code, null, false), 120);
            assertInstanceOf(GraphException.RateLimited.class, limited, "code " + code);
            assertEquals(120, ((GraphException.RateLimited) limited).retryAfterSeconds());
        }
        var spam = GraphErrors.from(400, error(4, 2207051, false), 0);
        assertFalse(spam instanceof GraphException.RateLimited, "blocked as spam is not throttling");

        assertInstanceOf(GraphException.Transient.class, GraphErrors.from(500, error(1, null, false), 0));
        assertInstanceOf(GraphException.Transient.class, GraphErrors.from(400, error(2, null, false), 0));
        assertInstanceOf(GraphException.Transient.class, GraphErrors.from(400, error(9007, 2207027, true), 0));
        assertInstanceOf(GraphException.Transient.class, GraphErrors.from(502, null, 0));
    }

    @Test
    void aMissingPermissionIsNamed() {
        var missing = (GraphException.MissingPermission) GraphErrors.from(403, json("""
                {"error":{"message":"(#10) This endpoint requires the 'instagram_manage_insights' permission.",
                "type":"OAuthException","code":10,"fbtrace_id":"x"}}"""), 0);
        assertEquals(java.util.Optional.of("instagram_manage_insights"), missing.permission());
    }

    @Test
    void tokensQuotedByMetaAreNotKept() {
        GraphException e = GraphErrors.from(400, json("""
                {"error":{"message":"Malformed access token EAASabcdefghijklmnopqrstuvwxyz0123456789",
                "type":"OAuthException","code":190,"fbtrace_id":"x"}}"""), 0);
        assertFalse(e.getMessage().contains("EAASabc"), e.getMessage());
    }

    @Test
    void throttlingWithoutAHintWaitsADefaultMinute() {
        var limited = (GraphException.RateLimited) GraphErrors.from(400, error(17, null, false), 0);
        assertEquals(GraphErrors.DEFAULT_RETRY_SECONDS, limited.retryAfterSeconds());
    }

    @Test
    void usageHeaders() {
        assertEquals(17 * 60, UsageHeaders.retryAfterSeconds("""
                {"17841400000000":[{"type":"instagram","call_count":100,"total_cputime":20,"total_time":30,
                "estimated_time_to_regain_access":17}]}"""));
        assertEquals(0, UsageHeaders.retryAfterSeconds(null));
        assertEquals(0, UsageHeaders.retryAfterSeconds("not json"));
        assertEquals(42, UsageHeaders.appUsagePercent("{\"call_count\":12,\"total_cputime\":42,\"total_time\":3}"));
    }

    @Test
    void appSecretProofIsLowercaseHexHmacSha256() {
        // echo -n token | openssl dgst -sha256 -hmac secret
        assertEquals("e941110e3d2bfe82621f0e3e1434730d7305d106c5f68c87165d0b27a4611a4a",
                AppSecretProof.of("token", "secret"));
    }

    private static JsonObject error(int code, Integer subcode, boolean isTransient) {
        var e = Json.createObjectBuilder().add("message", "m").add("type", "OAuthException").add("code", code)
                .add("is_transient", isTransient).add("fbtrace_id", "t");
        if (subcode != null) {
            e.add("error_subcode", subcode);
        }
        return Json.createObjectBuilder().add("error", e).build();
    }

    @Test
    void mediaPagesFollowTheCursorAndEndWithoutNext() {
        MediaPage first = GraphParsing.mediaPage(fixture("ig_medias_p1.json"));
        assertEquals(2, first.items().size());
        assertEquals("after", first.nextCursor());
        MediaItem item = first.items().get(0);
        assertEquals("17895731045244887", item.id());
        assertEquals("photo", item.kind());
        assertEquals(java.time.Instant.parse("2021-08-13T08:25:28Z"), item.timestamp(), "Meta's +0000 offsets parse");

        assertEquals(null, GraphParsing.mediaPage(fixture("ig_medias_p2.json")).nextCursor());
    }

    @Test
    void carouselWithItsChildren() {
        MediaItem album = GraphParsing.mediaItem(fixture("ig_media_carousel.json"));
        assertEquals("carousel", album.kind());
        assertEquals("ALBUM", album.caption());
        assertFalse(album.children().isEmpty());
        assertEquals("IMAGE", album.children().get(0).mediaType());
    }

    @Test
    void overviewInOneCallWithMediaAndStories() {
        JsonObject body = Json.createObjectBuilder(fixture("ig_user_fields.json"))
                .add("follows_count", 12)
                .add("media", fixture("ig_medias_p1.json"))
                .add("stories", fixture("ig_stories.json"))
                .build();
        AccountOverview overview = GraphParsing.overview(body);
        assertEquals("facebookfordevelopers", overview.username());
        assertEquals(12, overview.followsCount());
        assertEquals(2, overview.media().items().size());
        assertEquals("after", overview.media().nextCursor());
        assertFalse(overview.stories().isEmpty());
    }

    @Test
    void kindsForTheGridFilter() {
        assertEquals("reel", new MediaItem("1", "VIDEO", "REELS", null, null, null, null, null, 0, 0, List.of()).kind());
        assertEquals("video", new MediaItem("1", "VIDEO", "FEED", null, null, null, null, null, 0, 0, List.of()).kind());
        assertEquals("carousel", new MediaItem("1", "CAROUSEL_ALBUM", "FEED", null, null, null, null, null, 0, 0,
                List.of()).kind());
        assertEquals("photo", new MediaItem("1", "IMAGE", null, null, null, null, null, null, 0, 0, List.of()).kind());
    }
}
