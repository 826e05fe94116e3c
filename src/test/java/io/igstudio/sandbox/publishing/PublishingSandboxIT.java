package io.igstudio.sandbox.publishing;

import static io.igstudio.testing.SandboxLogin.AVA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.igstudio.graph.MetaPlatform;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.ItEnvironment;
import io.igstudio.testing.SandboxControl;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox's content publishing over HTTP, as an app (and Meta) would see it: the pictures come from a tiny
 * HTTP server in this JVM, which the sandbox really downloads; containers are created, read, published once and
 * then show in the account's media and stories; failures carry Meta's codes.
 */
@ExtendWith(ArquillianExtension.class)
class PublishingSandboxIT {

    private static final String AVAS_BAKERY = "17841400000000101";
    private static final String NORTHWIND = "17841400000000403";
    private static final String DANA = "Dana Agency";
    private static final String GRAPH = "/sandbox/meta/v26.0/";
    private static final String SCOPES = "instagram_basic,instagram_content_publish,pages_read_engagement,pages_show_list,"
            + "instagram_manage_comments,instagram_manage_contents";

    private static HttpServer media;
    private int downloadsBefore;
    private static final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    @BeforeAll
    static void serveMedia() throws IOException {
        media = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/square.jpg", "image/jpeg", jpeg(1080, 1080));
        serve("/tall.jpg", "image/jpeg", jpeg(540, 960));
        serve("/picture.png", "image/png", png(1080, 1080));
        try (var clip = PublishingSandboxIT.class.getResourceAsStream("/sandbox/placeholder.mp4")) {
            // the sandbox's own one-second MP4
            serve("/clip.mp4", "video/mp4", clip.readAllBytes());
        }
        media.start();
    }

    @AfterAll
    static void stopMedia() {
        media.stop(0);
    }

    @org.junit.jupiter.api.BeforeEach
    void countDownloads() {
        downloadsBefore = downloads.get("/square.jpg").get();
    }

    @AfterEach
    void realTimeAgain() {
        SandboxControl.send("POST", "/sandbox/meta/_control/clock/reset", null);
        control(AVAS_BAKERY, "{\"quotaTotal\":1000,\"processingSeconds\":10,\"failVideos\":false}");
    }

    @Test
    void aPhotoIsDownloadedPublishedOnceAndListedFirstInTheFeed() {
        String token = token();
        int usedBefore = limit(token).getInt("quota_usage");

        Reply created = post(token, AVAS_BAKERY + "/media", Map.of("image_url", url("/square.jpg"),
                "caption", "Fresh sourdough #bakery", "alt_text", "A loaf on a board"));
        assertEquals(200, created.status(), created.body());
        assertTrue(downloads.get("/square.jpg").get() > 0, "the sandbox fetched image_url over HTTP");
        String container = json(created).getString("id");
        JsonObject status = json(get(token, container + "?fields=status_code,status"));
        assertEquals("FINISHED", status.getString("status_code"), status.toString());

        Reply published = post(token, AVAS_BAKERY + "/media_publish", Map.of("creation_id", container));
        assertEquals(200, published.status(), published.body());
        String mediaId = json(published).getString("id");
        assertNotEquals(container, mediaId);

        Reply again = post(token, AVAS_BAKERY + "/media_publish", Map.of("creation_id", container));
        assertMetaError(again, 9007, 2207027);
        assertEquals("PUBLISHED", json(get(token, container + "?fields=status_code")).getString("status_code"));

        JsonObject newest = json(get(token, AVAS_BAKERY + "/media?fields=id,caption,media_type,media_product_type,"
                + "permalink,is_comment_enabled&limit=3")).getJsonArray("data").getJsonObject(0);
        assertEquals(mediaId, newest.getString("id"));
        assertEquals("Fresh sourdough #bakery", newest.getString("caption"));
        assertEquals("FEED", newest.getString("media_product_type"));
        assertTrue(newest.getString("permalink").startsWith("https://www.instagram.com/p/"), newest.toString());
        assertEquals(usedBefore + 1, limit(token).getInt("quota_usage"));

        Reply commentsOff = post(token, mediaId, Map.of("comment_enabled", "false"));
        assertEquals(200, commentsOff.status(), commentsOff.body());
        assertEquals(false, json(get(token, mediaId + "?fields=is_comment_enabled")).getBoolean("is_comment_enabled"));
        assertMetaError(post(token, mediaId, Map.of("caption", "edited")), 100, null);

        Reply deleted = send(token, "DELETE", mediaId, null);
        assertEquals(200, deleted.status(), deleted.body());
        assertEquals(400, get(token, mediaId + "?fields=id").status(), "a deleted post is gone");
    }

    @Test
    void imagesMetaCannotUseAreRefusedWithItsCodes() {
        String token = token();
        assertMetaError(post(token, AVAS_BAKERY + "/media", Map.of("image_url", url("/missing.jpg"))), 9004, 2207052);
        assertMetaError(post(token, AVAS_BAKERY + "/media", Map.of("image_url", url("/picture.png"))), 36001, 2207005);
        assertMetaError(post(token, AVAS_BAKERY + "/media", Map.of("image_url", url("/tall.jpg"))), 36003, 2207009);
        assertMetaError(post(token, AVAS_BAKERY + "/media", Map.of("media_type", "REELS", "video_url", url("/clip.mp4"),
                "alt_text", "not on reels")), 100, null);

        // 9:16 is a story's shape, not the feed's
        Reply story = post(token, AVAS_BAKERY + "/media", Map.of("media_type", "STORIES", "image_url", url("/tall.jpg")));
        assertEquals(200, story.status(), story.body());
        String storyId = json(post(token, AVAS_BAKERY + "/media_publish",
                Map.of("creation_id", json(story).getString("id")))).getString("id");
        JsonArray stories = json(get(token, AVAS_BAKERY + "/stories?fields=id,media_product_type")).getJsonArray("data");
        assertTrue(stories.stream().anyMatch(s -> s.asJsonObject().getString("id").equals(storyId)), stories.toString());
    }

    @Test
    void aResumablyUploadedReelProcessesThenPublishesAndAStandaloneVideoDoesNot() throws Exception {
        String token = token();
        control(AVAS_BAKERY, "{\"processingSeconds\":0}");
        JsonObject created = json(post(token, AVAS_BAKERY + "/media", Map.of("media_type", "REELS",
                "upload_type", "resumable", "caption", "Shaping the loaves", "share_to_feed", "true")));
        String container = created.getString("id");
        String uri = created.getString("uri");
        assertTrue(uri.contains("/ig-api-upload/v26.0/" + container), uri);
        assertEquals("IN_PROGRESS", json(get(token, container + "?fields=status_code")).getString("status_code"),
                "waiting for its bytes");

        byte[] video = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/clip.mp4"))).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        // an interrupted upload resumes where it stopped
        int half = video.length / 2;
        HttpResponse<String> first = upload(uri, token, 0, video.length, java.util.Arrays.copyOfRange(video, 0, half), null);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("IN_PROGRESS", json(get(token, container + "?fields=status_code")).getString("status_code"));
        assertEquals(400, upload(uri, token, 0, video.length, video, null).statusCode(), "offset 0 again is refused");
        HttpResponse<String> rest = upload(uri, token, half, video.length,
                java.util.Arrays.copyOfRange(video, half, video.length), null);
        assertEquals(200, rest.statusCode(), rest.body());
        assertTrue(rest.body().contains("\"success\":true"), rest.body());
        assertEquals("FINISHED", json(get(token, container + "?fields=status_code")).getString("status_code"));

        // a story video fetched by the upload host from a file_url header
        JsonObject story = json(post(token, AVAS_BAKERY + "/media", Map.of("media_type", "STORIES",
                "upload_type", "resumable")));
        HttpResponse<String> byUrl = upload(story.getString("uri"), token, 0, 0, null, url("/clip.mp4"));
        assertEquals(200, byUrl.statusCode(), byUrl.body());
        String storyId = json(post(token, AVAS_BAKERY + "/media_publish", Map.of("creation_id", story.getString("id"))))
                .getString("id");
        assertEquals("STORY", json(get(token, storyId + "?fields=media_product_type")).getString("media_product_type"));

        String reel = json(post(token, AVAS_BAKERY + "/media_publish", Map.of("creation_id", container))).getString("id");
        JsonObject listed = json(get(token, reel + "?fields=media_type,media_product_type,permalink"));
        assertEquals("REELS", listed.getString("media_product_type"));
        assertTrue(listed.getString("permalink").startsWith("https://www.instagram.com/reel/"), listed.toString());

        String video2 = json(post(token, AVAS_BAKERY + "/media", Map.of("media_type", "VIDEO",
                "video_url", url("/clip.mp4")))).getString("id");
        assertMetaError(post(token, AVAS_BAKERY + "/media_publish", Map.of("creation_id", video2)), 100, 2207089);

        JsonObject pastTheEnd = json(get(token, json(post(token, AVAS_BAKERY + "/media", Map.of("media_type", "REELS",
                "video_url", url("/clip.mp4"), "thumb_offset", "5000"))).getString("id") + "?fields=status_code,status"));
        assertEquals("ERROR", pastTheEnd.getString("status_code"));
        assertTrue(pastTheEnd.getString("status").contains("2207057"), pastTheEnd.toString());

        control(AVAS_BAKERY, "{\"failVideos\":true}");
        String failing = json(post(token, AVAS_BAKERY + "/media", Map.of("media_type", "REELS",
                "video_url", url("/clip.mp4")))).getString("id");
        assertEquals("ERROR", json(get(token, failing + "?fields=status_code")).getString("status_code"));
    }

    @Test
    void containersExpireAfterADayAndAUsedUpQuotaRefusesPublishing() {
        String token = token();
        String container = json(post(token, AVAS_BAKERY + "/media", Map.of("image_url", url("/square.jpg"))))
                .getString("id");
        Reply advanced = SandboxControl.send("POST", "/sandbox/meta/_control/clock/advance", "{\"hours\":25}");
        assertEquals(200, advanced.status(), advanced.body());
        // the hour-long token expired with the day that passed (token lifetimes run on the sandbox clock too)
        assertMetaError(get(token, container + "?fields=status_code"), 190, 463);
        String later = token();
        assertEquals("EXPIRED", json(get(later, container + "?fields=status_code")).getString("status_code"));
        assertMetaError(post(later, AVAS_BAKERY + "/media_publish", Map.of("creation_id", container)), 24, 2207008);

        control(AVAS_BAKERY, "{\"quotaTotal\":0}");
        String fresh = json(post(later, AVAS_BAKERY + "/media", Map.of("image_url", url("/square.jpg")))).getString("id");
        assertMetaError(post(later, AVAS_BAKERY + "/media_publish", Map.of("creation_id", fresh)), 9, 2207042);
        JsonObject limit = limit(later);
        assertEquals(0, limit.getJsonObject("config").getInt("quota_total"));
        assertEquals(86400, limit.getJsonObject("config").getInt("quota_duration"));
    }

    @Test
    void aCarouselOfTwoPhotosAndAVideoIsPublishedAsOnePost() {
        String token = token();
        control(AVAS_BAKERY, "{\"processingSeconds\":0}");
        int usedBefore = limit(token).getInt("quota_usage");
        String first = item(token, "image_url", url("/square.jpg"));
        String second = item(token, "image_url", url("/square.jpg"));
        String video = json(post(token, AVAS_BAKERY + "/media", Map.of("media_type", "VIDEO", "is_carousel_item", "true",
                "video_url", url("/clip.mp4")))).getString("id");
        assertMetaError(post(token, AVAS_BAKERY + "/media", Map.of("media_type", "CAROUSEL", "children", first)),
                100, 2207028);

        Reply carousel = post(token, AVAS_BAKERY + "/media", Map.of("media_type", "CAROUSEL",
                "children", first + "," + second + "," + video, "caption", "Three of a kind"));
        assertEquals(200, carousel.status(), carousel.body());
        String container = json(carousel).getString("id");
        assertEquals("FINISHED", json(get(token, container + "?fields=status_code")).getString("status_code"));
        assertMetaError(post(token, AVAS_BAKERY + "/media_publish", Map.of("creation_id", first)), 100, null);

        String album = json(post(token, AVAS_BAKERY + "/media_publish", Map.of("creation_id", container))).getString("id");
        JsonObject post = json(get(token, album + "?fields=media_type,children%7Bmedia_type%7D"));
        assertEquals("CAROUSEL_ALBUM", post.getString("media_type"));
        assertEquals(List.of("IMAGE", "IMAGE", "VIDEO"), post.getJsonObject("children").getJsonArray("data").stream()
                .map(c -> c.asJsonObject().getString("media_type")).toList());
        assertEquals(usedBefore + 1, limit(token).getInt("quota_usage"), "a carousel counts as one post");
        assertMetaError(post(token, AVAS_BAKERY + "/media", Map.of("media_type", "CAROUSEL",
                "children", first + "," + second)), 100, null);
    }

    @Test
    void publishingNeedsInstagramContentPublish() {
        String token = token(DANA, "instagram_content_publish");
        Reply refused = post(token, NORTHWIND + "/media", Map.of("image_url", url("/square.jpg")));
        assertEquals(403, refused.status(), refused.body());
        assertEquals(10, json(refused).getJsonObject("error").getInt("code"));
        assertTrue(json(refused).getJsonObject("error").getString("message").contains("instagram_content_publish"));
        assertEquals(0, downloads.get("/square.jpg").get() - downloadsBefore, "nothing is fetched for a refused call");
        Reply notHers = post(token(), NORTHWIND + "/media", Map.of("image_url", url("/square.jpg")));
        assertEquals(100, json(notHers).getJsonObject("error").getInt("code"), "Ava cannot reach Dana's account");
        assertEquals(33, json(notHers).getJsonObject("error").getInt("error_subcode"));
    }

    @Test
    void theControlPageSetsTheQuotaAndMovesTheClock() {
        WebClient operator = SandboxControl.operator();
        Reply page = operator.open("/sandbox/control");
        assertEquals(200, page.status(), page.describe());
        assertTrue(page.document().getElementById("publishing-" + AVAS_BAKERY) != null, page.excerpt());

        Reply saved = operator.follow(operator.submit(page, "#publishing-form-" + AVAS_BAKERY,
                "#save-publishing-" + AVAS_BAKERY, Map.of("quotaTotal", "7", "processingSeconds", "30")));
        assertEquals(200, saved.status(), saved.describe());
        assertTrue(saved.document().getElementById("quota-usage-" + AVAS_BAKERY).text().endsWith("of 7"), saved.excerpt());
        JsonObject settings = json(SandboxControl.get("/sandbox/meta/_control/publishing/accounts/" + AVAS_BAKERY));
        assertEquals(7, settings.getInt("quotaTotal"));
        assertEquals(30, settings.getInt("processingSeconds"));
        assertEquals(7, limit(token()).getJsonObject("config").getInt("quota_total"), "what an app reads");

        Reply moved = operator.follow(operator.submit(saved, "#clock-advance-form", "#clock-advance", Map.of("hours", "2")));
        assertEquals("2", moved.document().getElementById("sandbox-clock-offset").text());
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static void serve(String path, String type, byte[] body) {
        downloads.put(path, new AtomicInteger());
        media.createContext(path, exchange -> {
            downloads.get(path).incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + media.getAddress().getPort() + path;
    }

    private static byte[] jpeg(int w, int h) {
        return image(w, h, "jpg");
    }

    private static byte[] png(int w, int h) {
        return image(w, h, "png");
    }

    private static byte[] image(int w, int h, String format) {
        BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        picture.getGraphics().fillRect(w / 4, h / 4, w / 2, h / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Ava's user token with the publishing permissions, straight from the sandbox's dialog and token endpoint. */
    private static String token() {
        return token(AVA);
    }

    /** A user token of {@code person} who declined {@code declined} (unticked in the dialog). */
    private static String token(String person, String... declined) {
        WebClient app = new WebClient();
        String redirect = ItEnvironment.baseUrl() + "/callback/facebook";
        Reply dialog = app.open(GRAPH + "dialog/oauth?client_id=" + MetaPlatform.SANDBOX_APP_ID + "&redirect_uri="
                + enc(redirect) + "&response_type=code&state=publishing-it&scope=" + enc(SCOPES));
        String location;
        if (declined.length == 0) {
            location = SandboxLogin.allowAs(app, dialog, person).location().orElseThrow();
        } else {
            List<String> skip = List.of(declined);
            var form = (org.jsoup.nodes.FormElement) dialog.document().selectFirst("form#sandbox-dialog");
            List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
            form.formData().stream().filter(kv -> !kv.key().equals("user_id"))
                    .filter(kv -> !(kv.key().equals("granted") && skip.contains(kv.value())))
                    .forEach(kv -> fields.add(Map.entry(kv.key(), kv.value())));
            fields.add(Map.entry("user_id", dialog.document().select("#sandbox-dialog input[name=user_id]").stream()
                    .filter(r -> dialog.document().selectFirst("label[for=" + r.id() + "]") != null
                            && dialog.document().selectFirst("label[for=" + r.id() + "]").text().contains(person))
                    .findFirst().orElseThrow().val()));
            fields.add(Map.entry("decision", "allow"));
            location = app.postForm(form.absUrl("action"), fields).location().orElseThrow();
        }
        String code = location.replaceAll(".*[?&]code=([^&#]+).*", "$1");
        Reply token = app.get(GRAPH + "oauth/access_token?client_id=" + MetaPlatform.SANDBOX_APP_ID + "&client_secret="
                + ItEnvironment.sandboxAppSecret() + "&redirect_uri=" + enc(redirect) + "&code=" + code);
        assertEquals(200, token.status(), token.body());
        return json(token).getString("access_token");
    }

    private static HttpResponse<String> upload(String uri, String token, long offset, long size, byte[] bytes,
            String fileUrl) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "OAuth " + token);
        if (fileUrl != null) {
            request.header("file_url", fileUrl).POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("offset", String.valueOf(offset)).header("file_size", String.valueOf(size))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String item(String token, String name, String value) {
        Reply reply = post(token, AVAS_BAKERY + "/media", Map.of(name, value, "is_carousel_item", "true"));
        assertEquals(200, reply.status(), reply.body());
        return json(reply).getString("id");
    }

    private static void control(String igUserId, String settings) {
        Reply reply = SandboxControl.send("PUT", "/sandbox/meta/_control/publishing/accounts/" + igUserId, settings);
        assertEquals(200, reply.status(), reply.body());
    }

    private static JsonObject limit(String token) {
        return json(get(token, AVAS_BAKERY + "/content_publishing_limit?fields=config,quota_usage"))
                .getJsonArray("data").getJsonObject(0);
    }

    private static Reply post(String token, String path, Map<String, String> params) {
        StringBuilder body = new StringBuilder();
        params.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return send(token, "POST", path, body.toString());
    }

    private static Reply get(String token, String pathAndQuery) {
        return send(token, "GET", pathAndQuery, null);
    }

    private static Reply send(String token, String method, String pathAndQuery, String form) {
        String sep = pathAndQuery.contains("?") ? "&" : "?";
        return new WebClient().send(method, GRAPH + pathAndQuery + sep + "appsecret_proof=" + proof(token), form,
                form == null ? Map.of("Authorization", "Bearer " + token)
                        : Map.of("Authorization", "Bearer " + token, "Content-Type", "application/x-www-form-urlencoded"));
    }

    private static String proof(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ItEnvironment.sandboxAppSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertMetaError(Reply reply, int code, Integer subcode) {
        assertEquals(400, reply.status(), reply.body());
        JsonObject error = json(reply).getJsonObject("error");
        assertEquals(code, error.getInt("code"), reply.body());
        if (subcode != null) {
            assertEquals(subcode.intValue(), error.getInt("error_subcode"), reply.body());
        }
        assertTrue(error.containsKey("fbtrace_id"), reply.body());
    }

    private static JsonObject json(Reply reply) {
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
