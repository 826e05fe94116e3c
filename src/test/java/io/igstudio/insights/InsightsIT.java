package io.igstudio.insights;

import static io.igstudio.testing.SandboxLogin.AVA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.graph.InsightQuery;
import io.igstudio.testing.BrowserTest;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.ItEnvironment;
import io.igstudio.testing.SandboxControl;
import io.igstudio.testing.SandboxTokens;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import io.igstudio.testing.pages.ConnectPage;
import io.igstudio.testing.pages.InsightsPage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Insights end to end against the sandbox: the account page's charts in a real browser (30 days, then 90), the CSV
 * with the rows the page shows, a reel's and a story's metrics, the Graph calls of the page cold and warm, the
 * snapshot's idempotency across a moved clock, and the sandbox's refusals of what IG Studio never asks.
 */
@ExtendWith(ArquillianExtension.class)
class InsightsIT extends BrowserTest {

    private static final String BAKERY = "17841400000000101";
    private static final Pattern CALLS = Pattern.compile("(?m)^igstudio_graph_calls_total(?:\\{[^}]*\\})? ([0-9.eE+]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    @Test
    void theAccountPageDrawsThirtyDaysThenNinety() {
        browser.open("/accounts/connect");
        new ConnectPage(browser.driver()).check("instagram_manage_insights").connect().chooseUser(AVA).allowToAccounts();
        browser.open(insightsPathOf(connectedClient(), "avasbakery"));

        InsightsPage page = new InsightsPage(browser.driver());
        assertFalse(page.hasNotice(), "Meta refused nothing IG Studio asked: " + page.notice());
        assertEquals(30, page.days());
        for (String chart : List.of("chart-reach", "chart-followers", "chart-new-followers", "audience-age",
                "audience-gender", "audience-country", "audience-city")) {
            assertTrue(page.isDrawn(chart), chart + " drawn");
        }
        assertEquals(30, page.points("chart-reach"));
        // Meta's data lags up to two days: most days have a value, the newest may not
        assertTrue(page.knownValues("chart-reach") >= 27, "reach values: " + page.knownValues("chart-reach"));
        assertTrue(page.total("reach").matches("[0-9,]+"), page.total("reach"));
        assertTrue(page.total("views").matches("[0-9,]+"), page.total("views"));
        assertTrue(page.pngLink("chart-reach").startsWith("data:image/png;base64,"), "Save as PNG");

        InsightsPage ninety = page.showDays(90);
        assertEquals(90, ninety.points("chart-reach"));
        assertTrue(ninety.knownValues("chart-reach") >= 87, "90 days of reach, read in 30-day windows");
        assertTrue(ninety.isDrawn("chart-followers"));
        assertFalse(ninety.hasNotice(), ninety.notice());
    }

    @Test
    void topPostsOfAnOlderRangeAreFoundFurtherBack() {
        // @avasbakery posts about every five days, so its newest 24 posts (one Graph page) cover about four
        // months: a range ten months back needs the pages after it
        WebClient ava = connectedClient();
        String path = insightsPathOf(ava, "avasbakery");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.minusDays(330);
        LocalDate to = today.minusDays(300);
        Document top = ava.open(path + "/posts?from=" + from + "&to=" + to).document();
        List<Element> posts = top.select("#top-posts-table tr.top-post");
        assertFalse(posts.isEmpty(), top.text());
        for (Element post : posts) {
            LocalDate day = Instant.parse(post.selectFirst("time").attr("datetime"))
                    .atZone(ZoneOffset.UTC).toLocalDate();
            assertFalse(day.isBefore(from) || day.isAfter(to), day + " in " + from + " to " + to);
        }
        assertNull(top.getElementById("no-posts"));
    }

    @Test
    void theCsvHasTheRowsThePageShows() {
        WebClient ava = connectedClient();
        String path = insightsPathOf(ava, "avasbakery");
        Document page = ava.open(path + "?days=30").document();
        List<Element> rows = page.select("#daily-table tr.daily-row");
        assertEquals(30, rows.size());

        Reply csv = ava.get(page.getElementById("csv-daily").attr("href"));
        assertEquals(200, csv.status(), csv.describe());
        assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(1 + rows.size(), lines.size(), csv.body());
        assertTrue(lines.get(0).startsWith("date,followers,follower_count,reach"), lines.get(0));
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i).select("td").stream().map(Element::text).toList();
            assertEquals(cells, List.of(lines.get(i + 1).split(",", -1)), "row " + i);
        }
        assertTrue(rows.stream().anyMatch(r -> !r.select("td").get(3).text().isEmpty()), "reach values in the table");

        assertTrue(page.getElementById("top-posts-link").attr("href").contains("/insights/posts?"));
        // the 30 days up to two days ago: the run itself publishes dozens of young posts (too few viewers for
        // insights yet) on this account, more than the page reads insights for
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Document top = ava.open(path + "/posts?from=" + today.minusDays(32) + "&to=" + today.minusDays(2)).document();
        Document byLikes = ava.open(top.selectFirst("a.sort-link[data-sort=likes]").attr("href")).document();
        List<Element> posts = byLikes.select("#top-posts-table tr.top-post");
        assertFalse(posts.isEmpty(), byLikes.text());
        assertNotNull(posts.get(0).selectFirst("img.top-thumb"), "thumbnails");
        List<Long> likes = posts.stream().map(r -> r.selectFirst("td[data-metric=likes]").text())
                .filter(t -> t.matches("[0-9,]+")).map(t -> Long.parseLong(t.replace(",", ""))).toList();
        assertFalse(likes.isEmpty());
        for (int i = 1; i < likes.size(); i++) {
            assertTrue(likes.get(i - 1) >= likes.get(i), "sorted by likes: " + likes);
        }
        Reply postsCsv = ava.get(byLikes.getElementById("csv-posts").attr("href"));
        assertEquals(200, postsCsv.status(), postsCsv.describe());
        List<String> postLines = postsCsv.body().lines().toList();
        assertEquals(1 + posts.size(), postLines.size(), postsCsv.body());
        assertTrue(postLines.get(1).startsWith(posts.get(0).attr("data-id") + ","), "same order as the table");
    }

    @Test
    void aReelShowsReelMetricsAndAStoryStoryMetrics() {
        WebClient ava = connectedClient();
        String profile = insightsPathOf(ava, "avasbakery").replace("/insights", "");
        Document overview = ava.open(profile).document();

        List<Element> reels = new java.util.ArrayList<>(overview.select("#media-grid .media-item[data-kind=reel] a"));
        // the run publishes dozens of young posts on this account: the next pages hold older reels
        Document grid = overview;
        for (int page = 2; page <= 4; page++) {
            Element more = grid.getElementById("load-more");
            if (more == null || more.attr("href").isBlank()) {
                break;
            }
            grid = ava.open(more.attr("href")).document();
            reels.addAll(grid.select("#media-grid .media-item[data-kind=reel] a"));
        }
        assertFalse(reels.isEmpty(), "a reel in the grid");
        // the oldest reels first: a reel of the last hours has too few viewers yet
        Document reelPage = null;
        for (int i = reels.size() - 1; i >= 0; i--) {
            reelPage = ava.open(reels.get(i).attr("href")).document();
            if (reelPage.getElementById("post-insights-notice") == null) {
                break;
            }
        }
        Element box = reelPage.getElementById("post-insights");
        assertNotNull(box, reelPage.text());
        assertEquals("REELS", box.attr("data-product-type"));
        assertNull(reelPage.getElementById("post-insights-notice"), reelPage.text());
        for (String metric : List.of("views", "reach", "ig_reels_avg_watch_time", "ig_reels_video_view_total_time",
                "reels_skip_rate")) {
            assertNotNull(box.selectFirst("dd[data-metric=" + metric + "]"), metric + " on a reel");
        }
        assertTrue(box.selectFirst("dd[data-metric=ig_reels_avg_watch_time]").text().endsWith(" s"));
        assertNull(box.selectFirst("dd[data-metric=navigation]"), "no story metric on a reel");
        assertNull(box.selectFirst("dd[data-metric=profile_visits]"), "no feed-only metric on a reel");

        List<Element> stories = overview.select("a.story-insights");
        assertFalse(stories.isEmpty(), "active stories");
        // the oldest active story has had viewers for hours
        Document storyPage = ava.open(stories.get(stories.size() - 1).attr("href")).document();
        Element story = storyPage.getElementById("post-insights");
        assertNotNull(story, storyPage.text());
        assertEquals("STORY", story.attr("data-product-type"));
        assertNotNull(story.selectFirst("dd[data-metric=navigation]"), storyPage.text());
        assertNotNull(story.selectFirst("dd.post-navigation[data-action=tap_forward]"), "navigation split");
        assertNotNull(story.selectFirst("dd[data-metric=replies]"));
        assertNull(story.selectFirst("dd[data-metric=likes]"), "stories have no likes metric");
        assertNull(story.selectFirst("dd[data-metric=ig_reels_avg_watch_time]"));
    }

    @Test
    void theAccountPageCostsFewGraphCallsColdAndNoneWarm() {
        WebClient ava = connectedClient();
        String path = insightsPathOf(ava, "ava.creates");
        String profile = path.replace("/insights", "");
        Reply refreshed = ava.submit(ava.open(profile), "form:has(button#refresh-profile)", "button#refresh-profile", Map.of());
        assertTrue(refreshed.isRedirect(), refreshed.describe());

        double before = graphCalls();
        Reply cold = ava.open(path + "?days=30");
        double afterCold = graphCalls();
        Reply warm = ava.open(path + "?days=30");
        double afterWarm = graphCalls();
        if (afterWarm > afterCold) {
            // IG Studio's counter is global, and twice a MariaDB run counted other work in the same process during
            // a window like this one (see the README's known issues): the warm page is measured once more
            System.out.println("Graph calls during the warm page: " + Math.round(afterWarm - afterCold)
                    + "; measuring it again");
            afterCold = graphCalls();
            warm = ava.open(path + "?days=30");
            afterWarm = graphCalls();
        }
        Reply ninety = ava.open(path + "?days=90");
        double afterNinety = graphCalls();

        assertEquals(200, cold.status(), cold.describe());
        assertNull(cold.document().getElementById("insights-notice"), cold.document().text());
        long coldCalls = Math.round(afterCold - before);
        long warmCalls = Math.round(afterWarm - afterCold);
        long ninetyCalls = Math.round(afterNinety - afterWarm);
        System.out.println("Graph calls for the account insights page: cold " + coldCalls + ", warm " + warmCalls
                + ", then 90 days " + ninetyCalls);
        assertEquals(200, warm.status());
        assertEquals(200, ninety.status());
        assertEquals(0, warmCalls, "a warm page costs no Graph call");
        assertTrue(coldCalls > 0 && coldCalls <= 9, "cold: " + coldCalls);
    }

    @Test
    void theDailySnapshotIsTakenOncePerDayAcrossAMovedClock() {
        WebClient ava = connectedClient();
        String path = insightsPathOf(ava, "avasbakery");
        int first = snapshot(ava, path);
        assertTrue(first >= 1, "today's snapshot stored");
        assertEquals(first, snapshot(ava, path), "a second snapshot the same day stores nothing");

        Reply advanced = SandboxControl.send("POST", "/sandbox/meta/_control/clock/advance", "{\"hours\":24}");
        assertEquals(200, advanced.status(), advanced.describe());
        try {
            int next = snapshot(ava, path);
            assertEquals(first + 1, next, "the next day adds one");
            assertEquals(next, snapshot(ava, path), "and only one");
        } finally {
            SandboxControl.send("POST", "/sandbox/meta/_control/clock/reset", null);
        }
        Document page = ava.open(path + "?days=7").document();
        assertFalse(page.select("#daily-table tr.daily-row td").eachText().stream().allMatch(String::isEmpty));
    }

    @Test
    void theSandboxRefusesWhatIgStudioNeverAsksAndAcceptsAllItDoes() {
        String token = SandboxTokens.userToken(AVA, "instagram_basic,pages_show_list,pages_read_engagement,"
                + "instagram_manage_insights");
        long now = Instant.now().getEpochSecond();
        for (String retired : List.of("impressions", "profile_views", "website_clicks")) {
            assertMetaError(get(token, BAKERY + "/insights?metric=" + retired + "&period=day&metric_type=total_value"),
                    100, "no longer supported");
        }
        assertMetaError(get(token, BAKERY + "/insights?metric=reach&period=day&metric_type=total_value&since="
                + (now - 31 * 86400) + "&until=" + now), 100, "30 days");
        assertMetaError(get(token, BAKERY + "/insights?metric=follower_demographics&period=lifetime"
                + "&metric_type=total_value&breakdown=age"), 100, "timeframe");
        assertMetaError(get(token, BAKERY + "/insights?metric=likes&period=day"), 100, "metric_type=total_value");

        // every call the catalogue makes for an account is accepted
        Instant until = Instant.ofEpochSecond(now - now % 86400 + 86400);
        List<InsightQuery> calls = new ArrayList<>(MetricCatalogue.totals(26, until.minusSeconds(30 * 86400), until, true));
        calls.add(MetricCatalogue.series(until.minusSeconds(30 * 86400), until, true));
        MetricCatalogue.AUDIENCE.forEach(b -> calls.add(MetricCatalogue.audience(b)));
        for (InsightQuery q : calls) {
            Reply ok = get(token, BAKERY + "/insights?" + query(q));
            assertEquals(200, ok.status(), q + " " + ok.body());
        }

        // last: declining it takes the permission from every token of the person (the next test connects again)
        // declined in the dialog: Meta's grant then lacks it, whatever was granted before
        String other = SandboxTokens.userToken(AVA, "instagram_basic,pages_show_list,pages_read_engagement,"
                + "instagram_manage_insights", "instagram_manage_insights");
        Reply refused = get(other, BAKERY + "/insights?metric=reach&period=day&metric_type=total_value");
        assertEquals(10, json(refused).getJsonObject("error").getInt("code"), refused.body());
    }

    // --- helpers ------------------------------------------------------------------------------------

    /** Ava connected (HTTP) with "View insights" ticked, which the Connect page leaves unticked by default. */
    private static WebClient connectedClient() {
        WebClient visitor = new WebClient();
        Reply form = visitor.open("/accounts/connect");
        FormElement connect = (FormElement) form.document().selectFirst("form#connect-form");
        connect.selectFirst("#perm-instagram_manage_insights").attr("checked", "checked");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        connect.formData().forEach(kv -> fields.add(Map.entry(kv.key(), kv.value())));
        Element button = connect.selectFirst("button#connect-instagram");
        if (button.hasAttr("name")) {
            fields.add(Map.entry(button.attr("name"), button.attr("value")));
        }
        Reply dialog = visitor.follow(visitor.postForm(connect.absUrl("action"), fields));
        FormElement allow = (FormElement) dialog.document().selectFirst("form#sandbox-dialog");
        assertNotNull(allow, dialog.describe());
        List<Map.Entry<String, String>> answer = new ArrayList<>();
        allow.formData().stream().filter(kv -> !kv.key().equals("user_id")).forEach(kv -> answer.add(Map.entry(kv.key(), kv.value())));
        answer.add(Map.entry("user_id", io.igstudio.testing.SandboxLogin.userId(dialog, AVA)));
        answer.add(Map.entry("decision", "allow"));
        Reply accounts = visitor.follow(visitor.postForm(allow.absUrl("action"), answer));
        assertTrue(accounts.document().select(".account-card").size() >= 2, accounts.describe());
        return visitor;
    }

    private static String insightsPathOf(WebClient visitor, String username) {
        String profile = visitor.open("/accounts").document()
                .selectFirst(".account-card[data-username=" + username + "] .account-username").attr("href");
        return profile + "/insights";
    }

    /** Presses "Take today's snapshot now"; answers the days stored afterwards. */
    private static int snapshot(WebClient visitor, String path) {
        Reply page = visitor.open(path + "?days=7");
        Reply redirect = visitor.submit(page, "form:has(button#take-snapshot)", "button#take-snapshot", Map.of());
        assertTrue(redirect.isRedirect(), redirect.describe());
        Document after = visitor.follow(redirect).document();
        return Integer.parseInt(after.getElementById("history-days").text());
    }

    private static double graphCalls() {
        Reply metrics = new WebClient().get("/metrics?scope=application");
        Matcher m = CALLS.matcher(metrics.body());
        assertTrue(m.find(), "igstudio_graph_calls in /metrics: " + metrics.excerpt());
        return Double.parseDouble(m.group(1));
    }

    private static String query(InsightQuery q) {
        StringBuilder s = new StringBuilder("metric=" + String.join(",", q.metrics()));
        if (q.period() != null) {
            s.append("&period=").append(q.period());
        }
        if (q.metricType() != null) {
            s.append("&metric_type=").append(q.metricType());
        }
        if (q.breakdown() != null) {
            s.append("&breakdown=").append(q.breakdown());
        }
        if (q.timeframe() != null) {
            s.append("&timeframe=").append(q.timeframe());
        }
        if (q.since() != null) {
            s.append("&since=").append(q.since().getEpochSecond()).append("&until=").append(q.until().getEpochSecond());
        }
        return s.toString();
    }

    private static Reply get(String token, String pathAndQuery) {
        String sep = pathAndQuery.contains("?") ? "&" : "?";
        return new WebClient().send("GET", "/sandbox/meta/v26.0/" + pathAndQuery + sep + "appsecret_proof="
                + proof(token), null, Map.of("Authorization", "Bearer " + token));
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

    private static JsonObject json(Reply reply) {
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static void assertMetaError(Reply reply, int code, String wording) {
        assertEquals(400, reply.status(), reply.body());
        JsonObject error = json(reply).getJsonObject("error");
        assertEquals(code, error.getInt("code"), reply.body());
        assertTrue(error.getString("message").contains(wording), reply.body());
        assertNotNull(error.getString("fbtrace_id", null));
    }
}
