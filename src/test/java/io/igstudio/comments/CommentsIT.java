package io.igstudio.comments;

import static io.igstudio.testing.SandboxLogin.AVA;
import static io.igstudio.testing.SandboxLogin.BEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.BrowserTest;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.ItEnvironment;
import io.igstudio.testing.SandboxControl;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.SandboxTokens;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import io.igstudio.testing.pages.CommentThreadPage;
import io.igstudio.testing.pages.ConnectPage;
import io.igstudio.testing.pages.InboxPage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Comment moderation end to end against the sandbox: a post's thread in a real browser (reply, hide and unhide,
 * delete), a rule hiding a spam comment that arrives by webhook, named in the inbox and undone; and over HTTP the
 * webhook handshake, signatures, repeated deliveries, a crash between storing and processing, another person's
 * comments, and the Graph calls the inbox and a thread cost.
 */
@ExtendWith(ArquillianExtension.class)
class CommentsIT extends BrowserTest {

    private static final String BAKERY = "17841400000000101";
    private static final Pattern MEDIA_ID = Pattern.compile("\"media_id\":\"(\\d+)\"");
    private static final Pattern CALLS = Pattern.compile("(?m)^igstudio_graph_calls_total(?:\\{[^}]*\\})? ([0-9.eE+]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    private WebClient ava;
    private String bakeryAccount;

    @BeforeEach
    void connectAva() {
        ava = new WebClient();
        SandboxLogin.connect(ava, AVA);
        String href = ava.open("/accounts").document()
                .selectFirst(".account-card[data-username=avasbakery] .account-username").attr("href");
        bakeryAccount = href.substring(href.lastIndexOf('/') + 1);
    }

    private void connectAvaInTheBrowser() {
        browser.open("/accounts/connect");
        new ConnectPage(browser.driver()).connect().chooseUser(AVA).allowToAccounts();
    }

    /** A comment arrives on the bakery's newest post (its webhook delivered, twice when asked): the post's id. */
    private static String arrive(String text, boolean twice) {
        Reply reply = SandboxControl.send("POST", "/sandbox/meta/_control/comments/accounts/" + BAKERY + "/arrive",
                "{\"text\":\"" + text + "\",\"twice\":" + twice + "}");
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.body().contains("\"deliveries\":[200" + (twice ? ",200]" : "]")),
                "the webhook was delivered and accepted: " + reply.body());
        Matcher m = MEDIA_ID.matcher(reply.body());
        assertTrue(m.find(), reply.body());
        return m.group(1);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private String postPath(String mediaId) {
        return "/profiles/" + bakeryAccount + "/posts/" + mediaId;
    }

    // --- in the browser ----------------------------------------------------------------------------------------

    @Test
    void replyToACommentAndSeeTheReplyInTheThread() {
        connectAvaInTheBrowser();
        String question = unique("What time do you open on Sunday?");
        String media = arrive(question, false);

        browser.open(postPath(media));
        CommentThreadPage thread = new CommentThreadPage(browser.driver());
        assertTrue(thread.shows(question), "the new comment is in the thread");
        String answer = unique("We open at 8, see you then");
        thread = thread.reply(question, answer);

        assertTrue(thread.flash().contains("Reply posted"), thread.flash());
        assertTrue(thread.replies(question).stream().anyMatch(r -> r.contains(answer)),
                "the reply under its comment: " + thread.replies(question));
        assertTrue(thread.find(answer).getText().contains("@avasbakery"), "written by the account");
        assertFalse(thread.hasReplyBox(answer), "a reply takes no reply");
    }

    @Test
    void hideThenUnhide() {
        connectAvaInTheBrowser();
        String text = unique("Meh, seen better");
        String media = arrive(text, false);
        browser.open(postPath(media));

        CommentThreadPage thread = new CommentThreadPage(browser.driver()).hide(text);
        assertTrue(thread.isHidden(text), "dimmed and marked hidden");
        assertEquals("Hidden", thread.hiddenLabel(text));
        assertFalse(thread.hasReplyBox(text), "hidden comments take no replies");

        thread = thread.unhide(text);
        assertFalse(thread.isHidden(text));
        assertEquals("", thread.hiddenLabel(text));
        assertTrue(thread.hasReplyBox(text));
    }

    @Test
    void deleteAfterConfirming() {
        connectAvaInTheBrowser();
        String text = unique("Please delete me");
        String media = arrive(text, false);
        browser.open(postPath(media));

        CommentThreadPage thread = new CommentThreadPage(browser.driver()).delete(text);

        assertTrue(thread.flash().contains("deleted"), thread.flash());
        assertFalse(thread.shows(text), "gone from the thread");
        browser.open(postPath(media));
        assertFalse(new CommentThreadPage(browser.driver()).shows(text), "gone at Meta too");
    }

    @Test
    void aRuleHidesSpamArrivingByWebhookTheInboxNamesItAndUndoShowsItAgain() {
        connectAvaInTheBrowser();
        browser.open("/inbox/rules");
        String summary = InboxPage.addRule(browser.driver(), "avasbakery", "No giveaways", "KEYWORDS", "giveaway\n💸");
        assertTrue(summary.contains("of the last"), summary);

        String spam = unique("Huge GIVEAWAY 💸 on my page");
        arrive(spam, false);

        browser.open("/inbox");
        InboxPage inbox = new InboxPage(browser.driver());
        assertEquals("Hidden by rule: No giveaways", inbox.ruleLabel(spam));
        assertTrue(inbox.isHidden(spam));

        inbox = inbox.undo(spam);
        assertFalse(inbox.isHidden(spam), "shown again");
        assertEquals("", inbox.ruleLabel(spam));
        String fine = unique("A fine loaf");
        arrive(fine, false);
        browser.open("/inbox");
        assertFalse(new InboxPage(browser.driver()).isHidden(fine), "the rule leaves other comments alone");
    }

    // --- over HTTP ----------------------------------------------------------------------------------------------

    @Test
    void theSubscriptionHandshakeEchoesTheChallengeOnlyForTheVerifyToken() {
        WebClient meta = new WebClient();
        Reply ok = meta.get("/webhooks/instagram?hub.mode=subscribe&hub.verify_token=igstudio-sandbox-verify-token"
                + "&hub.challenge=1158201444");
        assertEquals(200, ok.status(), ok.body());
        assertEquals("1158201444", ok.body());
        assertTrue(ok.header("Content-Type").orElse("").startsWith("text/plain"), ok.headers().toString());
        assertTrue(ok.setCookies().isEmpty(), "no session for Meta: " + ok.setCookies());

        assertEquals(403, meta.get("/webhooks/instagram?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1").status());
        assertEquals(403, meta.get("/webhooks/instagram?hub.mode=unsubscribe&hub.verify_token=igstudio-sandbox-verify-token"
                + "&hub.challenge=1").status());
        assertEquals(403, meta.get("/webhooks/instagram").status());
    }

    @Test
    void aBadOrMissingSignatureIsRefusedAndNothingIsStored() throws SQLException {
        String commentId = newCommentId();
        String body = commentsDelivery(commentId, "17999000000000001", unique("forged"));
        long before = count("SELECT COUNT(*) FROM webhook_delivery");

        Reply forged = post(body, WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), "not-the-app-secret"));
        Reply unsigned = post(body, null);
        Reply garbled = post(body, "sha256=nothex");

        assertEquals(403, forged.status());
        assertEquals(403, unsigned.status());
        assertEquals(403, garbled.status());
        assertTrue(forged.setCookies().isEmpty(), "no session");
        assertEquals(before, count("SELECT COUNT(*) FROM webhook_delivery"), "no delivery stored");
        assertEquals(0, count("SELECT COUNT(*) FROM ig_comment WHERE ig_comment_id = '" + commentId + "'"));
    }

    @Test
    void aRepeatedDeliveryIsStoredOnceAndShowsOnce() throws SQLException {
        String text = unique("Delivered twice");
        arrive(text, true);

        assertEquals(1, count("SELECT COUNT(*) FROM webhook_delivery WHERE body LIKE '%" + text + "%'"));
        assertEquals(1, count("SELECT COUNT(*) FROM ig_comment WHERE text = '" + text + "'"));
        assertEquals(1, ava.open("/inbox").document().select(".inbox-item .comment-text:contains(" + text + ")").size());

        String body = commentsDelivery(newCommentId(), "17999000000000002", unique("signed here"));
        String signature = WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), ItEnvironment.sandboxAppSecret());
        assertEquals(200, post(body, signature).status());
        assertEquals(200, post(body, signature).status(), "a repeat is acknowledged, so Meta stops sending it");
        assertEquals(1, count("SELECT COUNT(*) FROM webhook_delivery WHERE body_sha256 = '"
                + WebhookSignature.sha256(body.getBytes(StandardCharsets.UTF_8)) + "'"));
    }

    @Test
    void aDeliveryStoredButNeverProcessedIsPickedUpByTheTimer() throws Exception {
        // what a crash right after storing leaves behind: the row, not processed
        String text = unique("Stored before the crash");
        String body = commentsDelivery(newCommentId(), "17999000000000003", text);
        try (Connection db = ItEnvironment.openDatabase(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO webhook_delivery (id, body_sha256, body, received_at, processed_at, attempts) VALUES (?, ?, ?, ?, NULL, 0)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, WebhookSignature.sha256(body.getBytes(StandardCharsets.UTF_8)));
            insert.setString(3, body);
            insert.setObject(4, LocalDateTime.now(ZoneOffset.UTC).minusHours(30));
            insert.executeUpdate();
        }
        boolean shown = false;
        for (int i = 0; i < 40 && !shown; i++) {
            Thread.sleep(1000);
            shown = ava.open("/inbox").body().contains(text);
        }
        assertTrue(shown, "the timer processed the delivery and the comment is in the inbox");
        assertEquals(1, count("SELECT COUNT(*) FROM webhook_delivery WHERE body LIKE '%" + text + "%' AND processed_at IS NOT NULL"));
    }

    @Test
    void anotherPersonsCommentsAreUnreachableOnEveryRoute() throws SQLException {
        String text = unique("Avas comment only");
        String media = arrive(text, false);
        Element item = ava.open("/inbox").document().selectFirst(".inbox-item:has(.comment-text:contains(" + text + "))");
        assertNotNull(item, "Ava sees her comment");
        String commentId = item.attr("data-comment-id");

        WebClient ben = new WebClient();
        SandboxLogin.connect(ben, BEN);
        Reply benInbox = ben.open("/inbox");
        assertEquals(200, benInbox.status());
        assertFalse(benInbox.body().contains(text), "not in Ben's inbox");
        String csrf = benInbox.document().selectFirst("#saved-reply-form input[type=hidden]").attr("name");
        String token = benInbox.document().selectFirst("#saved-reply-form input[type=hidden]").attr("value");

        for (String action : List.of("reply", "hide", "unhide", "delete", "private-reply")) {
            Reply r = ben.postForm("/comments/" + commentId + "/" + action,
                    List.of(Map.entry(csrf, token), Map.entry("message", "hi"), Map.entry("back", "thread")));
            assertEquals(404, r.status(), action + ": " + r.describe());
        }
        assertEquals(404, ben.get(postPath(media)).status(), "Ava's post page");
        for (String path : List.of("/threads/" + bakeryAccount + "/" + media + "/comments",
                "/threads/" + bakeryAccount + "/" + media + "/comments-enabled")) {
            Reply r = ben.postForm(path, List.of(Map.entry(csrf, token), Map.entry("message", "hi"), Map.entry("enabled", "false")));
            assertEquals(404, r.status(), path + ": " + r.describe());
        }
        assertEquals(200, ben.open("/inbox?account=" + bakeryAccount).status());
        assertFalse(ben.open("/inbox?account=" + bakeryAccount + "&post=" + media).body().contains(text));

        String ruleId = ruleOf("No giveaways (Ben test)");
        assertEquals(404, ben.get("/inbox/rules/" + ruleId + "/try").status());
        for (String action : List.of("enable", "disable", "delete")) {
            assertEquals(404, ben.postForm("/inbox/rules/" + ruleId + "/" + action, List.of(Map.entry(csrf, token))).status(),
                    "rule " + action);
        }
        Reply rule = ben.postForm("/inbox/rules", List.of(Map.entry(csrf, token), Map.entry("account", bakeryAccount),
                Map.entry("name", "x"), Map.entry("kind", "LINKS"), Map.entry("terms", "")));
        assertEquals(404, rule.status(), "a rule on Ava's account");
        assertEquals(404, ben.postForm("/comments/actions/" + UUID.randomUUID() + "/undo",
                List.of(Map.entry(csrf, token))).status());

        assertEquals(1, count("SELECT COUNT(*) FROM ig_comment WHERE text = '" + text + "' AND deleted = FALSE AND hidden = FALSE"),
                "Ava's comment untouched");
    }

    @Test
    void openingTheInboxCostsNoGraphCallAndAThreadOne() {
        String media = arrive(unique("Counting calls"), false);
        ava.open(postPath(media));

        double before = graphCalls();
        Reply inbox = ava.open("/inbox");
        double afterInbox = graphCalls();
        Reply thread = ava.open(postPath(media));
        double afterThread = graphCalls();

        assertEquals(200, inbox.status());
        assertEquals(200, thread.status());
        long inboxCalls = Math.round(afterInbox - before);
        long threadCalls = Math.round(afterThread - afterInbox);
        System.out.println("Graph calls: inbox " + inboxCalls + ", a post's thread (post cached) " + threadCalls);
        assertEquals(0, inboxCalls, "the inbox is built from stored comments");
        assertEquals(1, threadCalls, "comments, replies and comments on/off in one call");
    }

    @Test
    void theSandboxRefusesWhatMetaRefuses() {
        String scopes = "instagram_basic,pages_show_list,pages_read_engagement,instagram_manage_comments,instagram_manage_messages";
        String comment = arriveId(unique("Private question"));
        // a person's grants are one per app: declining takes the permission from every token of theirs, until the
        // next token asks for it again
        String withoutComments = SandboxTokens.userToken(AVA, scopes, "instagram_manage_comments");
        Reply denied = graph(withoutComments, "GET", comment + "?fields=id,text", null);
        assertEquals(403, denied.status(), denied.body());
        assertEquals(10, json(denied).getJsonObject("error").getInt("code"));
        String token = SandboxTokens.userToken(AVA, scopes);

        Reply first = graph(token, "POST", comment + "/replies", "message=thanks");
        assertEquals(200, first.status(), first.body());
        String reply = json(first).getString("id");
        Reply onReply = graph(token, "POST", reply + "/replies", "message=again");
        assertEquals(200, onReply.status(), onReply.body());
        assertEquals(comment, json(graph(token, "GET", json(onReply).getString("id") + "?fields=parent_id", null))
                .getString("parent_id"), "a reply to a reply is filed under the top-level comment (IG Comment Replies)");
        assertEquals(200, graph(token, "POST", comment, "hide=true").status());
        Reply onHidden = graph(token, "POST", comment + "/replies", "message=hello");
        assertEquals(400, onHidden.status(), onHidden.body());
        assertEquals(100, json(onHidden).getJsonObject("error").getInt("code"));
        assertTrue(json(graph(token, "GET", comment + "?fields=hidden", null)).getBoolean("hidden"));

        String message = "{\"recipient\":{\"comment_id\":\"" + comment + "\"},\"message\":{\"text\":\"Sent you the menu\"}}";
        Reply once = graphJson(token, BAKERY + "/messages", message);
        assertEquals(200, once.status(), once.body());
        Reply twice = graphJson(token, BAKERY + "/messages", message);
        assertEquals(400, twice.status(), "one private reply per comment: " + twice.body());
        assertEquals(10, json(twice).getJsonObject("error").getInt("code"));

        String old = arriveId(unique("Old question"));
        assertEquals(200, SandboxControl.send("POST", "/sandbox/meta/_control/clock/advance", "{\"hours\":169}").status());
        try {
            String later = SandboxTokens.userToken(AVA, scopes);
            Reply late = graphJson(later, BAKERY + "/messages", message.replace(comment, old));
            assertEquals(400, late.status(), "after 7 days: " + late.body());
            assertTrue(json(late).getJsonObject("error").getString("message").contains("outside of allowed window"));
        } finally {
            SandboxControl.send("POST", "/sandbox/meta/_control/clock/reset", null);
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** A rule of Ava's (made here through her own form) for Ben to try to reach. */
    private String ruleOf(String name) {
        Reply rules = ava.open("/inbox/rules");
        Reply made = ava.follow(ava.submit(rules, "form#rule-form", "button#rule-save",
                Map.of("account", bakeryAccount, "name", name, "kind", "LINKS", "terms", "")));
        String path = made.uri().getPath();
        assertTrue(path.endsWith("/try"), made.describe());
        return path.substring("/inbox/rules/".length(), path.length() - "/try".length());
    }

    private static String arriveId(String text) {
        Reply reply = SandboxControl.send("POST", "/sandbox/meta/_control/comments/accounts/" + BAKERY + "/arrive",
                "{\"text\":\"" + text + "\"}");
        assertEquals(200, reply.status(), reply.body());
        return json(reply).getString("id");
    }

    private static JsonObject json(Reply reply) {
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readObject();
        }
    }

    private static Reply graph(String token, String method, String pathAndQuery, String form) {
        String sep = pathAndQuery.contains("?") ? "&" : "?";
        return new WebClient().send(method, "/sandbox/meta/v26.0/" + pathAndQuery + sep + "appsecret_proof="
                + proof(token), form, form == null ? Map.of("Authorization", "Bearer " + token)
                : Map.of("Authorization", "Bearer " + token, "Content-Type", "application/x-www-form-urlencoded"));
    }

    private static Reply graphJson(String token, String path, String json) {
        return new WebClient().send("POST", "/sandbox/meta/v26.0/" + path + "?appsecret_proof=" + proof(token), json,
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"));
    }

    /** HMAC-SHA256 of the token with the app secret: the same computation as the webhook signature's. */
    private static String proof(String token) {
        return WebhookSignature.sign(token.getBytes(StandardCharsets.UTF_8), ItEnvironment.sandboxAppSecret())
                .substring("sha256=".length());
    }

    private static String newCommentId() {
        return "1799" + (100_000_000_0000L + ThreadLocalRandom.current().nextLong(800_000_000_0000L));
    }

    private static String commentsDelivery(String commentId, String mediaId, String text) {
        return "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + BAKERY + "\",\"time\":" + (System.currentTimeMillis() / 1000)
                + ",\"changes\":[{\"field\":\"comments\",\"value\":{\"from\":{\"id\":\"17841500000000001\",\"username\":"
                + "\"tester\"},\"media\":{\"id\":\"" + mediaId + "\",\"media_product_type\":\"FEED\"},\"id\":\""
                + commentId + "\",\"text\":\"" + text + "\"}}]}]}";
    }

    private static Reply post(String body, String signature) {
        Map<String, String> headers = signature == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "X-Hub-Signature-256", signature);
        return new WebClient().send("POST", "/webhooks/instagram", body, headers);
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = ItEnvironment.openDatabase(); PreparedStatement s = db.prepareStatement(sql);
             ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double graphCalls() {
        Reply metrics = new WebClient().get("/metrics?scope=application");
        Matcher m = CALLS.matcher(metrics.body());
        assertTrue(m.find(), "igstudio_graph_calls in /metrics: " + metrics.excerpt());
        return Double.parseDouble(m.group(1));
    }
}
