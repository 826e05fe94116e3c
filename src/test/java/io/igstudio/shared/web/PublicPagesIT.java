package io.igstudio.shared.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.Deployments;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What anyone sees before signing in, over plain HTTP. */
@ExtendWith(ArquillianExtension.class)
class PublicPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    @Test
    void landingPageOffersFacebookSignInAndSaysItIsTheSandbox() {
        Reply landing = new WebClient().get("/");

        assertEquals(200, landing.status(), landing.describe());
        Document page = landing.document();
        Element banner = page.getElementById("sandbox-banner");
        assertNotNull(banner, "SANDBOX banner on the landing page");
        assertTrue(banner.text().contains("SANDBOX"), banner.text());
        Element signIn = page.getElementById("continue-with-facebook");
        assertNotNull(signIn, "Continue with Facebook");
        assertEquals("/signin", signIn.attr("href"));
        assertNull(page.getElementById("signed-out"), "no signed-out notice before anyone signed out");
    }

    /** Features that are not built yet; no page may promise them until they work. */
    private static final java.util.regex.Pattern NOT_BUILT_YET = java.util.regex.Pattern.compile(
            "(?i)publish|schedul|comment|insight|analytic|hashtag|moderat");

    @Test
    void theLandingConnectAndDashboardPagesPromiseOnlyWhatWorks() {
        WebClient chloe = new WebClient();
        String landing = chloe.get("/").document().selectFirst("main").text();
        String whatYouGet = chloe.get("/accounts/connect").document().selectFirst(".brand-card").text();
        io.igstudio.testing.SandboxLogin.signIn(chloe, io.igstudio.testing.SandboxLogin.CHLOE);
        Element empty = chloe.get("/dashboard").document().getElementById("no-accounts");

        assertAll(
                () -> assertFalse(NOT_BUILT_YET.matcher(landing).find(), "landing page: " + landing),
                () -> assertFalse(NOT_BUILT_YET.matcher(whatYouGet).find(), "connect page: " + whatYouGet),
                () -> assertNotNull(empty, "Chloe has no account"),
                () -> assertFalse(empty != null && NOT_BUILT_YET.matcher(empty.text()).find(),
                        "dashboard: " + (empty == null ? "" : empty.text())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/no-such-file.css", "/webjars/no-such-library/1.0/x.js",
            "/signin/problem?reason=no-such-reason"})
    void unknownAddressShowsFriendlyNotFoundPage(String address) {
        Reply reply = new WebClient().open(address);

        Document page = reply.document();
        Element error = page.getElementById("error-page");
        assertAll(
                () -> assertEquals(404, reply.status(), reply.describe()),
                () -> assertNotNull(error, "IG Studio's error page, not the container's: " + reply.excerpt()),
                () -> assertEquals("Page not found", error == null ? null : error.selectFirst("h1").text(),
                        "the heading says what happened"),
                () -> assertFalse(reply.body().contains("Exception"), "no exception names"),
                () -> assertFalse(reply.body().contains("at io."), "no stack trace"),
                () -> assertFalse(reply.body().contains("Payara"), "no server banner page"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        Reply signIn = new WebClient().get("/signin");

        String cookie = signIn.setCookies().stream()
                .filter(c -> c.startsWith("IGSTUDIO_SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie set by " + signIn.describe()
                        + ": " + signIn.setCookies()));
        String attributes = cookie.toLowerCase().replace(" ", "");
        assertAll(
                () -> assertTrue(attributes.contains(";httponly"), "HttpOnly: " + cookie),
                () -> assertTrue(attributes.contains(";samesite=lax") || attributes.contains(";samesite=strict"),
                        "SameSite=Lax or Strict: " + cookie));
    }
}
