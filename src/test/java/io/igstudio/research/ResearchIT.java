package io.igstudio.research;

import static io.igstudio.testing.SandboxLogin.AVA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.comments.WebhookSignature;
import io.igstudio.testing.BrowserTest;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.ItEnvironment;
import io.igstudio.testing.SandboxControl;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.SandboxTokens;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import io.igstudio.testing.pages.ComposePage;
import io.igstudio.testing.pages.ConnectPage;
import io.igstudio.testing.pages.HashtagResearchPage;
import io.igstudio.testing.pages.HashtagSetControl;
import io.igstudio.testing.pages.HashtagSetsPage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Research against the sandbox: a hashtag's media in a real browser, a hashtag set into a caption on compose, the
 * 31st new hashtag of a week refused with the date it frees up, a repeat that costs no quota and no Graph call
 * (the {@code igstudio_graph_calls} metric), Meta's reason for an account Business Discovery cannot see, the
 * mentions and tags page (a mention added by id, and mentions arriving by the {@code mentions} webhook), and the
 * sandbox's own 30-a-week rule.
 */
@ExtendWith(ArquillianExtension.class)
class ResearchIT extends BrowserTest {

    private static final Pattern CALLS = Pattern.compile("(?m)^igstudio_graph_calls_total(?:\\{[^}]*\\})? ([0-9.eE+]+)");
    private static final String NORTHWIND = "17841400000000403";
    private static final String CREATES = "17841400000000102";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    // --- in the browser ---------------------------------------------------------------------------------

    private void connectInBrowser() {
        browser.open("/accounts/connect");
        new ConnectPage(browser.driver()).connect().chooseUser(AVA).allowToAccounts();
    }

    @Test
    void searchAHashtagAndSeeItsTopAndRecentMedia() {
        connectInBrowser();
        browser.open("/research/hashtags");
        HashtagResearchPage page = new HashtagResearchPage(browser.driver()).search("#Sourdough", "avasbakery");

        assertEquals("#sourdough", page.shownHashtag());
        assertTrue(page.topPosts() > 0, "top posts are shown");
        assertTrue(page.recentPosts() > 0, "recent posts are shown");
        assertTrue(page.recentNote().contains("last 24 hours"), page.recentNote());
        assertTrue(page.firstInstagramLink().startsWith("https://www.instagram.com/"), page.firstInstagramLink());
        assertFalse(page.remaining("avasbakery").equals("30"), "the search was counted");
    }

    @Test
    void aSavedSetGoesIntoACaptionOnCompose() {
        connectInBrowser();
        browser.open("/research/sets");
        HashtagSetsPage sets = new HashtagSetsPage(browser.driver()).create("Bakery", "#sourdough bread #levain");
        assertTrue(sets.hasSet("Bakery"));

        browser.open("/compose");
        ComposePage compose = new ComposePage(browser.driver()).caption("Weekend bake #bread");
        String said = new HashtagSetControl(browser.driver()).insert("Bakery");

        assertTrue(said.startsWith("Inserted 2 hashtags"), said);
        assertTrue(compose.captionText().endsWith("#sourdough #levain"), compose.captionText());
        assertTrue(compose.counters().contains("3/30 hashtags"), compose.counters());

        String full = IntStream.rangeClosed(1, 29).mapToObj(i -> "#t" + i).collect(Collectors.joining(" "));
        compose.caption(full);
        said = new HashtagSetControl(browser.driver()).insert("Bakery");
        assertTrue(said.contains("Instagram allows 30"), "a set that would pass 30 hashtags is not inserted: " + said);
        assertEquals(full, compose.captionText());
    }

    // --- over HTTP ----------------------------------------------------------------------------------------

    @Test
    void theThirtyFirstNewHashtagInSevenDaysIsRefusedWithTheDateItFreesUp() {
        WebClient ava = connected(false);
        Reply page = ava.open("/research/hashtags");
        String creates = option(page.document(), "#search-account", "@ava.creates");

        Instant before = sandboxNow();
        for (int i = 1; i <= 30; i++) {
            Reply searched = search(ava, page, creates, "#week" + i);
            assertTrue(searched.isRedirect(), "search " + i + ": " + searched.describe() + " " + searched.excerpt());
        }
        Instant after = sandboxNow();

        Reply refused = search(ava, page, creates, "#week31");
        assertEquals(429, refused.status(), refused.describe());
        Element reason = refused.document().getElementById("search-refused");
        assertNotNull(reason, refused.excerpt());
        assertTrue(reason.text().contains("30 different hashtags in the last 7 days"), reason.text());
        Instant freesAt = Instant.parse(refused.document().getElementById("frees-up-at").attr("datetime"));
        assertTrue(!freesAt.isBefore(before.plus(Duration.ofDays(7)).minusSeconds(2))
                && !freesAt.isAfter(after.plus(Duration.ofDays(7)).plusSeconds(2)), "frees up 7 days after the first: " + freesAt);
        assertEquals("0", refused.document().selectFirst(".quota-row[data-username=ava.creates] .quota-remaining").text());

        Reply repeat = search(ava, page, creates, "week7");
        assertTrue(repeat.isRedirect(), "a hashtag searched this week is still free: " + repeat.describe());
    }

    @Test
    void aRepeatedHashtagCostsNoQuotaAndNoGraphCall() {
        WebClient ava = connected(false);
        Reply page = ava.open("/research/hashtags");
        String bakery = option(page.document(), "#search-account", "@avasbakery");

        double beforeFirst = graphCalls();
        Reply first = ava.follow(search(ava, page, bakery, "#croissant"));
        double afterFirst = graphCalls();
        assertEquals(200, first.status(), first.describe());
        assertFalse(first.document().select("#top-media .research-post").isEmpty(), first.excerpt());
        String left = remaining(first, "avasbakery");

        Reply again = ava.follow(search(ava, page, bakery, "Croissant"));
        double afterRepeat = graphCalls();

        long firstCalls = Math.round(afterFirst - beforeFirst);
        long repeatCalls = Math.round(afterRepeat - afterFirst);
        System.out.println("Graph calls for a hashtag: first search " + firstCalls + ", repeat " + repeatCalls);
        assertEquals(3, firstCalls, "ig_hashtag_search, top_media and recent_media");
        assertEquals(0, repeatCalls, "a repeat needs no Graph call");
        assertEquals(left, remaining(again, "avasbakery"), "and no quota");
        assertFalse(again.document().select("#recent-media .research-post").isEmpty());

        // resolved and searched this week by @avasbakery: for Ava's other account it is reused, not spent
        String creates = option(page.document(), "#search-account", "@ava.creates");
        String createsLeft = remaining(again, "ava.creates");
        Reply reused = ava.follow(search(ava, page, creates, "#croissant"));
        assertEquals(0, Math.round(graphCalls() - afterRepeat), "a reused hashtag needs no Graph call");
        assertNotNull(reused.document().getElementById("read-via"), reused.excerpt());
        assertEquals(createsLeft, remaining(reused, "ava.creates"), "and costs @ava.creates nothing");
    }

    @Test
    void comparingAnUnknownAccountShowsMetasReason() {
        WebClient ava = connected(true);
        Reply page = ava.open("/research/compare");
        String bakery = option(page.document(), "#compare-account", "@avasbakery");

        Reply unknown = ava.open("/research/compare?account=" + bakery + "&username=nobody.at.all");
        Element problem = unknown.document().getElementById("compare-problem");
        assertNotNull(problem, unknown.excerpt());
        assertTrue(problem.text().contains("Invalid user id") && problem.text().contains("110/2207013"), problem.text());
        Reply personal = ava.open("/research/compare?account=" + bakery + "&username=jonas.private");
        assertNotNull(personal.document().getElementById("compare-problem"), "a personal account is refused alike");

        Reply known = ava.open("/research/compare?account=" + bakery + "&username=%40Sunrise.Bakehouse");
        Document doc = known.document();
        assertEquals("@avasbakery", doc.getElementById("own-username").text());
        assertEquals("18,240", doc.getElementById("other-followers").text());
        assertEquals(12, doc.select(".other-post").size(), known.excerpt());

        Reply kept = ava.follow(ava.submit(known, "form:has(#keep-compared)", "#keep-compared", Map.of()));
        assertEquals(1, kept.document().select(".compared[data-username=sunrise.bakehouse] .snapshot").size(), kept.excerpt());
    }

    @Test
    void theMentionsAndTagsPageShowsTaggedPostsAndAnswersAMention() {
        WebClient ava = connected(false);
        String profile = ava.open("/accounts").document()
                .selectFirst(".account-card[data-username=avasbakery] .account-username").attr("href");
        Reply page = ava.open(profile + "/mentions");
        assertEquals(200, page.status(), page.describe());
        assertFalse(page.document().select(".tagged-post").isEmpty(), page.excerpt());

        Reply added = ava.follow(ava.submit(page, "#add-mention-form", "#add-mention",
                Map.of("mediaId", "17900000000009101", "commentId", "")));
        Element mention = added.document().selectFirst(".mention");
        assertNotNull(mention, added.excerpt());
        assertTrue(mention.text().contains("Swapped loaves with @avasbakery"), mention.text());

        Reply replied = ava.follow(ava.submit(added, ".mention form.reply-form", ".reply-button",
                Map.of("message", "Thank you, neighbours!")));
        assertNotNull(replied.document().selectFirst(".mention .mention-replied"), replied.excerpt());

        Reply notMine = ava.follow(ava.submit(replied, "#add-mention-form", "#add-mention",
                Map.of("mediaId", "17900000000009103", "commentId", "")));
        assertEquals(1, notMine.document().select(".mention").size(), "a post that mentions another account is refused");
    }

    @Test
    void aMentionDeliveredByWebhookShowsOnTheMentionsPageOnceAndIsAnswered() {
        WebClient ava = connected(false);
        String profile = ava.open("/accounts").document()
                .selectFirst(".account-card[data-username=ava.creates] .account-username").attr("href");
        String words = "your sketches made our week " + UUID.randomUUID().toString().substring(0, 8);

        // a comment mentioning @ava.creates, its webhook delivered twice (Meta may repeat a delivery)
        Reply arrived = SandboxControl.send("POST", "/sandbox/meta/_control/research/accounts/" + CREATES + "/mentions",
                "{\"inComment\":true,\"text\":\"@ava.creates " + words + "\",\"twice\":true}");
        assertEquals(200, arrived.status(), arrived.body());
        JsonObject delivered = json(arrived);
        assertEquals("[200,200]", delivered.getJsonArray("deliveries").toString(), "delivered and accepted: " + arrived.body());
        String mediaId = delivered.getString("media_id");
        String commentId = delivered.getString("comment_id");

        // the same mention in another delivery (another time, keys in another order): a new body, still one mention
        String again = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + CREATES + "\",\"time\":"
                + (sandboxNow().getEpochSecond() + 60) + ",\"changes\":[{\"field\":\"mentions\",\"value\":{\"comment_id\":\""
                + commentId + "\",\"media_id\":\"" + mediaId + "\"}}]}]}";
        Reply redelivered = new WebClient().send("POST", "/webhooks/instagram", again, Map.of("Content-Type",
                "application/json", "X-Hub-Signature-256", WebhookSignature.sign(again.getBytes(StandardCharsets.UTF_8),
                        ItEnvironment.sandboxAppSecret())));
        assertEquals(200, redelivered.status(), redelivered.body());

        // nobody added it by id: the mentions page shows it, once
        Reply page = ava.open(profile + "/mentions");
        assertEquals(200, page.status(), page.describe());
        List<Element> shown = page.document().select(".mention").stream()
                .filter(m -> m.text().contains(words)).toList();
        assertEquals(1, shown.size(), "one entry for the mention: " + page.excerpt());
        Element mention = shown.get(0);
        assertNull(mention.selectFirst(".mention-problem"), mention.text());
        assertTrue(mention.selectFirst(".mention-comment").text().contains("@ava.creates " + words), mention.text());
        assertNull(mention.selectFirst(".mention-replied"), "not answered yet");

        String selector = ".mention[data-id=" + mention.attr("data-id") + "]";
        Reply replied = ava.follow(ava.submit(page, selector + " form.reply-form", ".reply-button",
                Map.of("message", "Thank you so much!")));
        assertEquals(200, replied.status(), replied.describe());
        Element answered = replied.document().selectFirst(selector);
        assertNotNull(answered, replied.excerpt());
        assertNotNull(answered.selectFirst(".mention-replied"), "replied through Meta: " + replied.excerpt());

        // a mention in a caption arrives the same way
        String caption = "Window display by @ava.creates " + UUID.randomUUID().toString().substring(0, 8);
        Reply inCaption = SandboxControl.send("POST", "/sandbox/meta/_control/research/accounts/" + CREATES + "/mentions",
                "{\"inComment\":false,\"text\":\"" + caption + "\"}");
        assertEquals(200, inCaption.status(), inCaption.body());
        assertEquals("[200]", json(inCaption).getJsonArray("deliveries").toString(), inCaption.body());
        assertTrue(json(inCaption).isNull("comment_id"), inCaption.body());
        Reply later = ava.open(profile + "/mentions");
        assertEquals(1, later.document().select(".mention .mention-caption").stream()
                .filter(c -> c.text().equals(caption)).count(), later.excerpt());
        assertEquals(1, later.document().select(".mention").stream().filter(m -> m.text().contains(words)).count(),
                "the comment mention is still there once");
    }

    // --- the sandbox itself -------------------------------------------------------------------------------

    @Test
    void theSandboxAllowsThirtyUniqueHashtagsPerRollingWeekAsMetaDoes() throws Exception {
        String token = SandboxTokens.userToken("Dana Agency", "instagram_basic,pages_show_list,pages_read_engagement");
        String auth = "&access_token=" + token + "&appsecret_proof=" + proof(token);
        WebClient app = new WebClient();
        String firstId = null;
        for (int i = 1; i <= 30; i++) {
            Reply r = app.get("/sandbox/meta/v26.0/ig_hashtag_search?user_id=" + NORTHWIND + "&q=dana" + i + auth);
            assertEquals(200, r.status(), "search " + i + ": " + r.body());
            if (i == 1) {
                firstId = json(r).getJsonArray("data").getJsonObject(0).getString("id");
            }
        }
        Reply refused = app.get("/sandbox/meta/v26.0/ig_hashtag_search?user_id=" + NORTHWIND + "&q=dana31" + auth);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(24, json(refused).getJsonObject("error").getInt("code"));
        Reply repeat = app.get("/sandbox/meta/v26.0/ig_hashtag_search?user_id=" + NORTHWIND + "&q=Dana1" + auth);
        assertEquals(firstId, json(repeat).getJsonArray("data").getJsonObject(0).getString("id"), "repeats are free");

        assertEquals(400, app.get("/sandbox/meta/v26.0/" + firstId + "/top_media?fields=id" + auth).status(),
                "user_id is required");
        Reply top = app.get("/sandbox/meta/v26.0/" + firstId + "/top_media?user_id=" + NORTHWIND
                + "&fields=id,like_count&limit=80" + auth);
        assertEquals(200, top.status(), top.body());
        assertEquals(50, json(top).getJsonArray("data").size(), "at most 50 per page");
        Reply username = app.get("/sandbox/meta/v26.0/" + firstId + "/recent_media?user_id=" + NORTHWIND
                + "&fields=id,username" + auth);
        assertEquals(400, username.status(), "no username on hashtag media: " + username.body());

        try {
            SandboxControl.send("POST", "/sandbox/meta/_control/clock/advance", "{\"seconds\":" + (7 * 86400 + 60) + "}");
            Reply later = app.get("/sandbox/meta/v26.0/ig_hashtag_search?user_id=" + NORTHWIND + "&q=dana31" + auth);
            assertEquals(200, later.status(), "7 days on, the oldest hashtags free up: " + later.body());
        } finally {
            SandboxControl.send("POST", "/sandbox/meta/_control/clock/reset", null);
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------

    /** Ava with her accounts connected; with {@code insights}, also instagram_manage_insights (Business Discovery). */
    private static WebClient connected(boolean insights) {
        WebClient ava = new WebClient();
        if (!insights) {
            SandboxLogin.connect(ava, AVA);
            return ava;
        }
        Reply form = ava.open("/accounts/connect");
        FormElement connect = (FormElement) form.document().selectFirst("form#connect-form");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        connect.formData().forEach(kv -> fields.add(Map.entry(kv.key(), kv.value())));
        fields.add(Map.entry("scope", "instagram_manage_insights"));
        Reply dialog = ava.follow(ava.postForm(connect.absUrl("action"), fields));
        FormElement allow = (FormElement) dialog.document().selectFirst("form#sandbox-dialog");
        assertNotNull(allow, "the sandbox dialog: " + dialog.excerpt());
        List<Map.Entry<String, String>> answer = new ArrayList<>();
        allow.formData().stream().filter(kv -> !kv.key().equals("user_id")).forEach(kv -> answer.add(Map.entry(kv.key(), kv.value())));
        String userId = null;
        for (Element radio : dialog.document().select("#sandbox-dialog input[name=user_id]")) {
            Element label = radio.id().isEmpty() ? radio.closest("label") : dialog.document().selectFirst("label[for=" + radio.id() + "]");
            if (label != null && label.text().contains(AVA)) {
                userId = radio.val();
            }
        }
        answer.add(Map.entry("user_id", userId));
        answer.add(Map.entry("decision", "allow"));
        Reply accounts = ava.follow(ava.postForm(allow.absUrl("action"), answer));
        assertEquals(200, accounts.status(), accounts.describe());
        return ava;
    }

    private static Reply search(WebClient visitor, Reply page, String accountId, String hashtag) {
        return visitor.submit(page, "#hashtag-search-form", "#search-hashtag", Map.of("hashtag", hashtag, "account", accountId));
    }

    private static String option(Document doc, String select, String label) {
        return doc.select(select + " option").stream().filter(o -> o.text().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not offered in " + select)).val();
    }

    private static String remaining(Reply page, String username) {
        Element cell = page.document().selectFirst(".quota-row[data-username=" + username + "] .quota-remaining");
        assertNotNull(cell, page.excerpt());
        return cell.text();
    }

    private static double graphCalls() {
        Reply metrics = new WebClient().get("/metrics?scope=application");
        Matcher m = CALLS.matcher(metrics.body());
        assertTrue(m.find(), "igstudio_graph_calls in /metrics: " + metrics.excerpt());
        return Double.parseDouble(m.group(1));
    }

    private static Instant sandboxNow() {
        return Instant.parse(json(SandboxControl.get("/sandbox/meta/_control/clock")).getString("now"));
    }

    private static JsonObject json(Reply reply) {
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readObject();
        }
    }

    private static String proof(String token) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(ItEnvironment.sandboxAppSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
    }
}
