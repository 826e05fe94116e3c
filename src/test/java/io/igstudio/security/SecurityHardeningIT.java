package io.igstudio.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.igstudio.testing.Deployments;
import io.igstudio.testing.ItEnvironment;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outside review's findings (issue 15), each seen the way an attacker or a visitor would see it:
 * over HTTP, against a real Payara Micro in sandbox mode. Token call limits: {@link TokenCallLimitIT}.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHardeningIT {

    private static final Pattern SESSIONS = Pattern.compile("(?m)^igstudio_sessions_active(?:\\{[^}]*\\})? ([0-9.eE+]+)");
    private static final Pattern GRAPH_CALLS = Pattern.compile("(?m)^igstudio_graph_calls_total(?:\\{[^}]*\\})? ([0-9.eE+]+)");
    /** The bearer token arquillian.xml configures for /metrics. */
    private static final String METRICS_TOKEN = "it-metrics-token";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    @Test
    void twentyThousandCookielessVisitsOpenNoSession() throws Exception {
        double before = metric(SESSIONS);
        // no cookie jar: every request is a new visitor
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest landing = HttpRequest.newBuilder(URI.create(ItEnvironment.baseUrl() + "/")).build();
        int withCookie = 0;
        for (int i = 0; i < 20_000; i++) {
            HttpResponse<Void> reply = http.send(landing, HttpResponse.BodyHandlers.discarding());
            assertEquals(200, reply.statusCode());
            if (reply.headers().firstValue("Set-Cookie").isPresent()) {
                withCookie++;
            }
        }
        assertEquals(0, withCookie, "responses that set a session cookie");
        assertEquals(before, metric(SESSIONS), "open sessions after 20,000 anonymous visits");
    }

    @Test
    void aFormForAnAnonymousVisitorStillWorksAndItsTokenIsRenewedAtSignIn() {
        WebClient visitor = new WebClient();
        Reply form = visitor.open("/accounts/connect");
        String anonymousToken = form.document().selectFirst("form#connect-form input[name=_csrf]").val();
        assertFalse(anonymousToken.isEmpty(), "the Connect form has its CSRF token");

        Reply accounts = SandboxLogin.connect(visitor, SandboxLogin.AVA);
        String signedInToken = accounts.document().selectFirst("form input[name=_csrf]").val();

        assertNotEquals(anonymousToken, signedInToken, "sign-in renews the CSRF token with the session");
        Reply stale = visitor.postForm("/signout", java.util.List.of(Map.entry("_csrf", anonymousToken)));
        assertEquals(403, stale.status(), "the token from before sign-in is refused: " + stale.describe());
    }

    @Test
    void theOauthStateHasAtLeast128RandomBits() {
        Reply toDialog = new WebClient().get("/signin");
        String location = toDialog.location().orElseThrow();
        String state = query(location, "state").orElseThrow(() -> new AssertionError("no state in " + location));
        // base64url: 6 bits a character; hex would be 4: either way, 128 bits need at least 22 characters
        assertTrue(state.length() >= 22 && state.matches("[A-Za-z0-9_-]+"), "state " + state);
    }

    @Test
    void headersProtectEveryAnswer() {
        WebClient visitor = new WebClient();
        Reply landing = visitor.get("/");
        Reply css = visitor.get("/static/css/studio.css");
        String csp = landing.header("Content-Security-Policy").orElse("");
        assertAll(
                () -> assertTrue(csp.contains("default-src 'self'"), csp),
                () -> assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp),
                () -> assertTrue(csp.contains("style-src 'self'"), csp),
                () -> assertEquals("nosniff", landing.header("X-Content-Type-Options").orElse(null)),
                () -> assertEquals("nosniff", css.header("X-Content-Type-Options").orElse(null)),
                () -> assertTrue(landing.header("Referrer-Policy").isPresent()));

        SandboxLogin.signIn(visitor, SandboxLogin.BEN);
        Reply dashboard = visitor.get("/dashboard");
        Reply api = visitor.get("/api/auth/instagram/accounts");
        assertAll(
                () -> assertEquals(200, dashboard.status(), dashboard.describe()),
                () -> assertEquals("no-store", dashboard.header("Cache-Control").orElse(null), "signed-in page"),
                () -> assertEquals(200, api.status(), api.describe()),
                () -> assertEquals("no-store", api.header("Cache-Control").orElse(null), "JSON API"),
                () -> assertEquals("nosniff", api.header("X-Content-Type-Options").orElse(null)));
    }

    @Test
    void badJsonIsA400NotA500() {
        WebClient ben = new WebClient();
        SandboxLogin.signIn(ben, SandboxLogin.BEN);
        String deep = "[".repeat(50_000) + "]".repeat(50_000);
        String huge = "{\"token\": " + "9".repeat(100_000) + "}";
        for (String body : new String[] {deep, huge}) {
            Reply reply = ben.postJson("/api/instagram/exchange-token", body);
            assertEquals(400, reply.status(), reply.body());
            assertTrue(reply.body().contains("\"invalid_json\""), reply.body());
        }
    }

    @Test
    void idsThatAreNotGraphIdsNeverReachMeta() {
        WebClient ava = new WebClient();
        Reply accounts = SandboxLogin.connect(ava, SandboxLogin.AVA);
        String profile = accounts.document().selectFirst(".account-card[data-username=avasbakery] .account-username")
                .attr("href");
        ava.get(profile); // warm: the profile itself may cost a call
        double calls = metric(GRAPH_CALLS);

        for (String bad : new String[] {"me%2Faccounts", "..%2F..%2Foauth%2Faccess_token", "1%3Ffields%3Did"}) {
            Reply reply = ava.get(profile + "/posts/" + bad);
            assertEquals(404, reply.status(), bad + ": " + reply.describe());
        }
        assertEquals(calls, metric(GRAPH_CALLS), "Graph calls made for ids that are not Graph ids");
    }

    @Test
    void operationalEndpointsAreNotForEveryone() {
        WebClient anyone = new WebClient();
        Map<String, String> viaProxy = Map.of("X-Forwarded-For", "203.0.113.7");
        Reply forwarded = anyone.send("GET", "/metrics", null, viaProxy);
        Reply withToken = anyone.send("GET", "/metrics", null,
                Map.of("X-Forwarded-For", "203.0.113.7", "Authorization", "Bearer " + METRICS_TOKEN));
        Reply wrongToken = anyone.send("GET", "/metrics", null,
                Map.of("X-Forwarded-For", "203.0.113.7", "Authorization", "Bearer nope"));
        assertAll(
                () -> assertEquals(401, forwarded.status(), "metrics for a visitor behind the proxy"),
                () -> assertEquals(401, wrongToken.status(), "metrics with a wrong token"),
                () -> assertEquals(200, withToken.status(), "metrics with the configured token"),
                () -> assertEquals(404, anyone.get("/openapi").status(), "OpenAPI is off"),
                () -> assertEquals(404, anyone.get("/openapi/ui").status(), "OpenAPI UI is off"),
                () -> assertEquals(404, anyone.get("/error").status(), "GET /error"),
                () -> assertEquals(200, anyone.get("/health").status(), "health stays public"));
    }

    @Test
    void theSandboxControlsNeedASignedInPersonOfThisSite() {
        WebClient anyone = new WebClient();
        String put = "/sandbox/meta/_control/accounts/17841400000000001";
        Map<String, String> json = Map.of("Content-Type", "application/json");
        Reply page = anyone.get("/sandbox/control");
        Reply anonymousPut = anyone.send("PUT", put, "{\"mode\":\"throttled\"}", json);
        Reply anonymousReset = anyone.send("POST", "/sandbox/meta/_control/usage/reset", null, Map.of());
        // every control route, not only those that remembered to say so (three did not: clock, publishing, comments)
        Reply anonymousClock = anyone.send("POST", "/sandbox/meta/_control/clock/advance", "{\"hours\":48}", json);
        Reply anonymousQuota = anyone.send("PUT", "/sandbox/meta/_control/publishing/accounts/17841400000000101",
                "{\"quotaTotal\":0}", json);
        Reply anonymousComment = anyone.send("POST", "/sandbox/meta/_control/comments/accounts/17841400000000101/arrive",
                "{}", json);
        assertAll(
                () -> assertEquals(401, anonymousClock.status(), anonymousClock.body()),
                () -> assertEquals(401, anonymousQuota.status(), anonymousQuota.body()),
                () -> assertEquals(401, anonymousComment.status(), anonymousComment.body()));
        assertAll(
                () -> assertTrue(page.isRedirect(), "the control page sends a stranger to sign in: " + page.describe()),
                () -> assertEquals(401, anonymousPut.status(), anonymousPut.body()),
                () -> assertEquals(401, anonymousReset.status(), anonymousReset.body()));

        SandboxLogin.signIn(anyone, SandboxLogin.CHLOE);
        Reply crossSite = anyone.send("PUT", put, "{\"mode\":\"normal\"}",
                Map.of("Content-Type", "application/json", "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"));
        Reply reset = anyone.send("POST", "/sandbox/meta/_control/usage/reset", null, Map.of("Origin", WebClient.origin()));
        Reply controlPage = anyone.get("/sandbox/control");
        assertAll(
                () -> assertEquals(403, crossSite.status(), crossSite.body()),
                () -> assertEquals(200, reset.status(), reset.body()),
                () -> assertEquals(200, controlPage.status(), controlPage.describe()));
    }

    @Test
    void theEmbeddedDatabaseIsItsOwnersAlone() throws Exception {
        assumeTrue(ItEnvironment.isEmbedded(), "embedded H2 only");
        Path database = ItEnvironment.embeddedDatabase();
        Path folder = database.getParent();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                        file.toString());
            }
        }
        assertTrue(Files.exists(ItEnvironment.embeddedPasswordFile()), "generated password beside the database");

        // the AUTO_SERVER port the tests use must not answer on the machine's network address
        Properties lock = new Properties();
        try (var in = Files.newInputStream(database.resolveSibling("igstudio.lock.db"))) {
            lock.load(in);
        }
        String server = lock.getProperty("server", "");
        int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
        Optional<InetAddress> network = networkAddress();
        assumeTrue(network.isPresent(), "this machine has no network address besides loopback");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(network.get(), port), 2000);
            throw new AssertionError("H2's port " + port + " answers on " + network.get());
        } catch (IOException refused) {
            // expected: loopback only
        }
    }

    private static Optional<InetAddress> networkAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static double metric(Pattern pattern) {
        Reply metrics = new WebClient().get("/metrics?scope=application");
        Matcher m = pattern.matcher(metrics.body());
        assertTrue(m.find(), pattern + " in /metrics: " + metrics.excerpt());
        return Double.parseDouble(m.group(1));
    }

    private static Optional<String> query(String url, String name) {
        String query = URI.create(url).getRawQuery();
        return Stream.of(query == null ? new String[0] : query.split("&"))
                .filter(p -> p.startsWith(name + "="))
                .map(p -> URLDecoder.decode(p.substring(name.length() + 1), StandardCharsets.UTF_8))
                .findFirst();
    }
}
