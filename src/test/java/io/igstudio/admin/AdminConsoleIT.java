package io.igstudio.admin;

import static io.igstudio.testing.SandboxLogin.AVA;
import static io.igstudio.testing.SandboxLogin.BEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.BrowserTest;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.ItEnvironment;
import io.igstudio.testing.SandboxControl;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.SandboxTokens;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import io.igstudio.testing.pages.AdminJobsPage;
import io.igstudio.testing.pages.AdminPeoplePage;
import io.igstudio.testing.pages.SandboxDialog;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The admin console (issue 24) in a browser and over HTTP: Ben Carter is the sandbox's administrator, Ava
 * Martin and Dana Agency are not. Every admin route refuses non-admins (403, GET and POST); an admin retries
 * a failed post and it publishes; a suspended person is signed out and cannot sign in again; the audit log
 * holds these actions and no token or secret.
 */
@ExtendWith(ArquillianExtension.class)
class AdminConsoleIT extends BrowserTest {

    private static final String DANA = "Dana Agency";
    private static final String AVAS_BAKERY = "17841400000000101";
    private static final String NO_ID = "00000000-0000-0000-0000-000000000000";

    static final List<String> GETS = List.of("/admin", "/admin/", "/admin/people", "/admin/people?q=a&page=1",
            "/admin/accounts", "/admin/jobs", "/admin/jobs?state=FAILED", "/admin/rate-limits", "/admin/audit",
            "/admin/audit?action=admin", "/admin/audit/export", "/admin/nothing-here");
    static final List<String> POSTS = List.of("/admin/people/" + NO_ID + "/suspend", "/admin/people/" + NO_ID + "/lift",
            "/admin/people/" + NO_ID + "/grant", "/admin/people/" + NO_ID + "/revoke",
            "/admin/accounts/" + NO_ID + "/token", "/admin/accounts/" + NO_ID + "/disconnect",
            "/admin/jobs/" + NO_ID + "/retry", "/admin/jobs/" + NO_ID + "/cancel", "/admin/jobs/" + NO_ID + "/publish-now");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    static WebClient signedIn(String name) {
        WebClient visitor = new WebClient();
        Reply landed = SandboxLogin.signIn(visitor, name);
        assertEquals(200, landed.status(), landed.describe());
        return visitor;
    }

    /** The CSRF token of the visitor's session, from the sign-out form every signed-in page has. */
    static String csrf(WebClient visitor) {
        Reply page = visitor.open("/dashboard");
        Element field = page.document().selectFirst("form[action$=/signout] input[name=_csrf]");
        assertTrue(field != null, "a signed-in page has the sign-out form: " + page.describe());
        return field.val();
    }

    static Reply post(WebClient visitor, String path, String csrf) {
        return visitor.postForm(path, List.of(Map.entry("_csrf", csrf)));
    }

    @Test
    void everyAdminRouteRefusesNonAdminsGetAndPost() {
        WebClient ava = signedIn(AVA);
        WebClient ben = signedIn(BEN);
        String avaCsrf = csrf(ava);
        String benCsrf = csrf(ben);

        assertTrue(ava.open("/dashboard").document().select("#nav-admin").isEmpty(), "no Admin link for Ava");
        assertFalse(ben.open("/dashboard").document().select("#nav-admin").isEmpty(), "the Admin link for Ben");

        for (String path : GETS) {
            Reply refused = ava.get(path);
            assertEquals(403, refused.status(), "GET " + path + " as a non-admin: " + refused.describe());
            assertTrue(refused.body().contains("for administrators"), "GET " + path + ": " + refused.excerpt());
            Reply anonymous = new WebClient().get(path);
            assertTrue(anonymous.isRedirect() && anonymous.location().orElseThrow().contains("/dialog/oauth"),
                    "GET " + path + " signed out asks to sign in: " + anonymous.describe());
        }
        for (String path : POSTS) {
            Reply refused = post(ava, path, avaCsrf);
            assertEquals(403, refused.status(), "POST " + path + " as a non-admin: " + refused.describe());
            assertTrue(refused.body().contains("for administrators"), "POST " + path + ": " + refused.excerpt());
            Reply admin = post(ben, path, benCsrf);
            assertNotEquals(403, admin.status(), "POST " + path + " as the admin: " + admin.describe());
            assertNotEquals(405, admin.status(), "POST " + path + " exists: " + admin.describe());
        }
        for (String path : List.of("/admin", "/admin/people", "/admin/accounts", "/admin/jobs", "/admin/rate-limits",
                "/admin/audit", "/admin/audit/export")) {
            assertEquals(200, ben.get(path).status(), "GET " + path + " as the admin");
        }
        var system = ben.open("/admin").document();
        assertTrue(system.getElementById("system-migration").text().matches("V\\d+ .*"), system.getElementById("system-migration").text());
        assertEquals("on", system.getElementById("system-sandbox").text());
        assertFalse(system.select("#system-checks .health-check").isEmpty(), "the health checks are listed");
        assertFalse(ben.open("/admin/rate-limits").document().select("#usage-chart polyline.usage-app").isEmpty(),
                "the chart draws the app's usage");
        assertTrue(ben.open("/admin/people?q=Ben").document().selectFirst("tr.person-row[data-name='Ben Carter'] .person-role")
                .text().equals("Admin (sandbox)"), "Ben is the sandbox's administrator");
    }

    @Test
    void anAdminRetriesAFailedPostAndItPublishes() throws Exception {
        WebClient ava = signedIn(AVA);
        SandboxLogin.connect(ava, AVA);
        control("{\"failVideos\":true,\"processingSeconds\":1}");
        String postPath;
        try {
            JsonObject video = upload(ava, "clip.mp4", placeholderVideo());
            Reply compose = ava.open("/compose");
            String bakery = compose.document().select("input[name=account]").stream()
                    .filter(box -> compose.document().selectFirst("label[for=" + box.id() + "]").text().contains("@avasbakery"))
                    .findFirst().orElseThrow().val();
            Reply sent = ava.postForm("/compose", List.of(Map.entry("type", "REEL"), Map.entry("account", bakery),
                    Map.entry("item", video.getString("id")), Map.entry("caption", "Behind the counter"),
                    Map.entry("_csrf", compose.document().selectFirst("#compose-form input[name=_csrf]").val()),
                    Map.entry("action", "publish")));
            assertEquals(303, sent.status(), sent.describe() + " " + sent.excerpt());
            postPath = URI.create(sent.location().orElseThrow()).getPath();
            assertEquals("FAILED", waitForPost(ava, postPath).getString("state"));
        } finally {
            control("{\"failVideos\":false,\"processingSeconds\":10}");
        }
        String postId = postPath.substring(postPath.lastIndexOf('/') + 1);

        browser.open("/signin");
        new SandboxDialog(browser.driver()).chooseUser(BEN).allow();
        assertFalse(browser.driver().findElements(By.id("nav-admin")).isEmpty(), "Ben sees the Admin link");
        browser.open("/admin/jobs?state=FAILED");
        AdminJobsPage jobs = new AdminJobsPage(browser.driver());
        assertEquals("FAILED", jobs.state(postId));
        assertTrue(jobs.error(postId).contains("could not process the video"), jobs.error(postId));
        assertTrue(jobs.timers() >= 2, "the publishing tick and the usage sampler are listed");
        jobs = jobs.retry(postId);
        assertTrue(jobs.flash().contains("queued again"), jobs.flash());

        JsonObject done = waitForPost(ava, postPath);
        assertEquals("PUBLISHED", done.getString("state"), done.toString());
        browser.open("/admin/jobs?state=PUBLISHED");
        assertEquals("PUBLISHED", new AdminJobsPage(browser.driver()).state(postId));
    }

    @Test
    void aSuspendedPersonIsSignedOutEverywhereAndCannotSignInUntilLifted() {
        WebClient dana = signedIn(DANA);
        WebClient danaElsewhere = signedIn(DANA);

        browser.open("/signin");
        new SandboxDialog(browser.driver()).chooseUser(BEN).allow();
        browser.open("/admin/people?q=Dana");
        AdminPeoplePage people = new AdminPeoplePage(browser.driver()).suspend(DANA);
        try {
            assertTrue(people.flash().contains("suspended (2 sessions ended)"), people.flash());
            assertEquals("Suspended", people.state(DANA));

            for (WebClient session : List.of(dana, danaElsewhere)) {
                Reply next = session.get("/dashboard");
                assertTrue(next.isRedirect() && next.location().orElseThrow().contains("/dialog/oauth"),
                        "Dana's next page asks her to sign in: " + next.describe());
            }
            Reply again = SandboxLogin.signIn(new WebClient(), DANA);
            assertTrue(again.uri().toString().contains("/signin/problem?reason=suspended"), again.describe());
            assertTrue(again.body().contains("suspended"), again.excerpt());
        } finally {
            people = new AdminPeoplePage(browser.driver()).lift(DANA);
        }
        assertEquals("Active", people.state(DANA));
        assertEquals(200, SandboxLogin.signIn(new WebClient(), DANA).status(), "Dana signs in again");
    }

    @Test
    void theAuditLogHoldsTheActionsAndNoTokenOrSecret() throws Exception {
        WebClient ava = signedIn(AVA);
        SandboxLogin.connect(ava, AVA);
        String avaCsrf = csrf(ava);
        String account = ava.open("/accounts").document().selectFirst("form[action$=/token]").attr("action");
        // a token where no form of IG Studio puts one (query string and body): it must not reach the log
        String token = SandboxTokens.userToken(AVA, "public_profile");
        Reply refreshed = ava.postForm(account + "?access_token=" + token,
                List.of(Map.entry("_csrf", avaCsrf), Map.entry("access_token", token)));
        assertEquals(303, refreshed.status(), refreshed.describe());

        WebClient ben = signedIn(BEN);
        String benCsrf = csrf(ben);
        String avaId = ben.open("/admin/people?q=Ava").document().selectFirst("tr.person-row[data-name='Ava Martin']")
                .attr("data-id");
        assertEquals(303, post(ben, "/admin/people/" + avaId + "/grant", benCsrf).status());
        assertTrue(ben.open("/admin/people?q=Ava").body().contains("Admin (granted)"));
        assertEquals(200, ava.get("/admin").status(), "a granted admin reaches the console");
        assertEquals(303, post(ben, "/admin/people/" + avaId + "/revoke", benCsrf).status());
        assertEquals(403, ava.get("/admin").status(), "a revoked admin is refused again");
        assertEquals(303, post(ava, "/signout", avaCsrf).status());
        var bakery = ben.open("/admin/accounts?q=avas").document().selectFirst("tr.admin-account-row[data-username=avasbakery]");
        assertTrue(bakery != null && bakery.text().contains("Ava Martin"), "the admin sees Ava's account and its owner");

        Reply csv = ben.get("/admin/audit/export?who=Ava");
        assertEquals(200, csv.status(), csv.describe());
        assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("time_utc,user_id,user_name,action,target,address,outcome,status", lines[0]);
        for (String action : List.of(",sign-in,", ",account.connect,", ",account.token-refresh,", ",sign-out,")) {
            assertTrue(csv.body().contains("Ava Martin" + action), action + " in\n" + csv.body());
        }
        Reply admin = ben.get("/admin/audit/export?action=admin.people");
        assertTrue(admin.body().contains(",admin.people.grant," + avaId + ","), admin.body());
        assertTrue(admin.body().contains(",admin.people.revoke," + avaId + ","), admin.body());
        assertTrue(ben.open("/admin/audit?who=Ava").document().select("td.audit-action").stream()
                .anyMatch(td -> td.text().equals("account.token-refresh")), "the audit page lists the refresh");

        String secret = ItEnvironment.sandboxAppSecret();
        String all = csv.body() + ben.get("/admin/audit/export").body();
        assertFalse(all.contains(token), "no access token in the CSV");
        assertFalse(all.contains(secret), "no app secret in the CSV");
        List<String> rows = new ArrayList<>();
        try (var db = ItEnvironment.openDatabase(); var st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM audit_entry")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        assertTrue(rows.size() >= 6, "audit rows: " + rows.size());
        for (String row : rows) {
            assertFalse(row.contains(token), "no access token in the audit table: " + row);
            assertFalse(row.contains(secret), "no app secret in the audit table: " + row);
            assertFalse(row.contains("access_token"), "no token parameter in the audit table: " + row);
        }
    }

    private static void control(String json) {
        Reply reply = SandboxControl.send("PUT", "/sandbox/meta/_control/publishing/accounts/" + AVAS_BAKERY, json);
        assertEquals(200, reply.status(), reply.describe() + " " + reply.body());
    }

    private static JsonObject json(Reply reply) {
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static JsonObject upload(WebClient visitor, String name, byte[] bytes) {
        String csrf = visitor.open("/compose").document().selectFirst("#upload-form").attr("data-csrf");
        Reply answer = visitor.postFile("/library/upload", "file", name, bytes, Map.of("X-CSRF-TOKEN", csrf));
        assertEquals(200, answer.status(), answer.describe() + " " + answer.excerpt());
        return json(answer).getJsonArray("files").getJsonObject(0);
    }

    /** The sandbox's placeholder MP4 with its movie header saying 4 s (reels need 3 s; see PublishingIT). */
    private static byte[] placeholderVideo() throws java.io.IOException {
        byte[] mp4;
        try (var in = AdminConsoleIT.class.getResourceAsStream("/sandbox/placeholder.mp4")) {
            mp4 = in.readAllBytes();
        }
        int mvhd = new String(mp4, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("mvhd");
        java.nio.ByteBuffer.wrap(mp4).putInt(mvhd + 20, 4 * java.nio.ByteBuffer.wrap(mp4).getInt(mvhd + 16));
        return mp4;
    }

    private static JsonObject waitForPost(WebClient visitor, String postPath) throws InterruptedException {
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
}
