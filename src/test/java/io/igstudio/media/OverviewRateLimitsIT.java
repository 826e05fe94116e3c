package io.igstudio.media;

import static io.igstudio.testing.SandboxLogin.AVA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.Deployments;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The overview page's economy and resilience: one Graph call cold, none warm (counted by the app's own
 * {@code igstudio_graph_calls} metric), cached data with a notice when the sandbox throttles, and
 * "needs reconnect" when Meta says the token expired.
 */
@ExtendWith(ArquillianExtension.class)
class OverviewRateLimitsIT {

    private static final String BAKERY = "17841400000000101";
    /** Throttling is tried on Ava's other account: the app then rightly holds back calls for it a while. */
    private static final String CREATES = "17841400000000102";
    private static final Pattern CALLS = Pattern.compile("(?m)^igstudio_graph_calls_total(?:\\{[^}]*\\})? ([0-9.eE+]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    private WebClient ava;

    @BeforeEach
    void connectAva() {
        ava = new WebClient();
        SandboxLogin.connect(ava, AVA);
        sandboxMode(BAKERY, "normal");
        sandboxMode(CREATES, "normal");
    }

    @AfterEach
    void backToNormal() {
        sandboxMode(BAKERY, "normal");
        sandboxMode(CREATES, "normal");
    }

    @Test
    void theOverviewCostsOneGraphCallColdAndNoneWarm() {
        String profile = profileOf("avasbakery");
        pressRefresh(profile);

        double beforeCold = graphCalls();
        Reply cold = ava.open(profile);
        double afterCold = graphCalls();
        Reply warm = ava.open(profile);
        double afterWarm = graphCalls();

        assertEquals(200, cold.status(), cold.describe());
        assertEquals(24, cold.document().select("#media-grid .media-item").size(), "grid on the cold page");
        assertNotNull(cold.document().getElementById("stories"), "stories on the cold page");
        assertEquals(200, warm.status(), warm.describe());
        long coldCalls = Math.round(afterCold - beforeCold);
        long warmCalls = Math.round(afterWarm - afterCold);
        System.out.println("Graph calls for the overview page: cold " + coldCalls + ", warm " + warmCalls);
        assertEquals(1, coldCalls, "profile, first grid page and stories in one call");
        assertEquals(0, warmCalls, "a warm overview costs no Graph call");
    }

    @Test
    void whenMetaThrottlesThePageShowsCachedDataWithANotice() {
        String profile = profileOf("ava.creates");
        assertEquals(200, ava.open(profile).status());
        sandboxMode(CREATES, "throttled");

        Document page = ava.follow(pressRefresh(profile)).document();

        assertNotNull(page.getElementById("graph-notice"), "a notice instead of an error: " + page.text());
        assertTrue(page.getElementById("graph-notice").text().contains("slow down"), page.getElementById("graph-notice").text());
        assertEquals("@ava.creates", page.getElementById("profile-username").text());
        assertEquals(24, page.select("#media-grid .media-item").size(), "the cached grid is still shown");
        assertNull(page.getElementById("error-page"));
    }

    @Test
    void whileIgStudioMayNotCallMetaTheProfileShowsTheLastDataWithItsAge() {
        String profile = profileOf("ava.creates");
        assertEquals(200, ava.open(profile).status());
        sandboxMode(CREATES, "throttled");
        ava.follow(pressRefresh(profile));
        sandboxMode(CREATES, "normal");
        SandboxLogin.connect(ava, AVA);

        // Meta's throttling ended, but IG Studio still waits out the time Meta asked for
        Document page = ava.open(profile).document();

        assertNotNull(page.getElementById("profile-stats"), "the account's figures, not an empty page: " + page.text());
        assertFalse(page.select("#media-grid .media-item").isEmpty(), "the last grid: " + page.text());
        Element notice = page.getElementById("graph-notice");
        assertTrue(notice != null && notice.text().matches(".*(ago|As of).*"), "says how old the data is: "
                + (notice == null ? page.text() : notice.text()));
    }

    @Test
    void anExpiredTokenTurnsTheAccountIntoNeedsReconnect() {
        String profile = profileOf("avasbakery");
        sandboxMode(BAKERY, "expired_token");

        Document page = ava.follow(pressRefresh(profile)).document();

        assertNotNull(page.getElementById("needs-reconnect"), page.text());
        assertNotNull(page.getElementById("reconnect"), "a Reconnect button");
        Document accounts = ava.open("/accounts").document();
        assertEquals("NEEDS_RECONNECT", accounts.selectFirst(".account-card[data-username=avasbakery]")
                .attr("data-status"));

        sandboxMode(BAKERY, "normal");
        Reply reconnected = SandboxLogin.connect(ava, AVA);
        assertEquals("ACTIVE", reconnected.document().selectFirst(".account-card[data-username=avasbakery]")
                .attr("data-status"), "reconnecting makes it active again");
    }

    private String profileOf(String username) {
        return ava.open("/accounts").document()
                .selectFirst(".account-card[data-username=" + username + "] .account-username").attr("href");
    }

    /** Presses Refresh on the profile page, so that the next view asks Meta again; returns the redirect to it. */
    private Reply pressRefresh(String profile) {
        Reply page = ava.open(profile);
        Reply redirect = ava.submit(page, "form:has(button#refresh-profile)", "button#refresh-profile", Map.of());
        assertTrue(redirect.isRedirect(), redirect.describe());
        return redirect;
    }

    private double graphCalls() {
        Reply metrics = new WebClient().get("/metrics?scope=application");
        Matcher m = CALLS.matcher(metrics.body());
        assertTrue(m.find(), "igstudio_graph_calls in /metrics: " + metrics.excerpt());
        return Double.parseDouble(m.group(1));
    }

    /** The sandbox's control API takes signed-in IG Studio people only; Ava is one. */
    private void sandboxMode(String igUserId, String mode) {
        Reply reply = ava.send("PUT", "/sandbox/meta/_control/accounts/" + igUserId,
                "{\"mode\":\"" + mode + "\"}", Map.of("Content-Type", "application/json"));
        assertEquals(200, reply.status(), reply.describe() + " " + reply.body());
    }
}
