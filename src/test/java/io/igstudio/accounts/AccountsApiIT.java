package io.igstudio.accounts;

import static io.igstudio.testing.SandboxLogin.AVA;
import static io.igstudio.testing.SandboxLogin.BEN;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.ItEnvironment;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The specification's JSON routes as its TypeScript client calls them (same-origin fetch, session
 * cookie, JSON body), and what they must refuse. No access token may ever appear in a response, except
 * the one the exchange routes hand back for the token their caller sent.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsApiIT {

    /** Sandbox tokens start like Meta's ("EAA..."); none may leak. */
    private static final Pattern TOKEN = Pattern.compile("EAA[A-Za-z0-9]{20,}");

    private final List<Reply> replies = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    @AfterEach
    void noTokenInAnyResponse() {
        for (Reply reply : replies) {
            assertFalse(TOKEN.matcher(reply.body()).find(), "a token leaked from " + reply.uri() + ": " + reply.body());
        }
    }

    private Reply seen(Reply reply) {
        replies.add(reply);
        return reply;
    }

    @Test
    void signedOutCallersGet401Json() {
        WebClient stranger = new WebClient();
        for (Reply reply : List.of(
                seen(stranger.get("/api/auth/instagram/accounts")),
                seen(stranger.delete("/api/auth/instagram/accounts?accountId=1")),
                seen(stranger.postJson("/api/instagram/exchange-token", "{\"token\":\"x\"}")),
                seen(stranger.postJson("/api/instagram/refresh-token", "{\"token\":\"x\"}")))) {
            assertEquals(401, reply.status(), reply.describe());
            assertEquals("unauthorized", json(reply).getString("error"));
        }
    }

    @Test
    void listShowsTheAccountsWithHiddenTokens() {
        WebClient ava = connected(AVA);

        Reply reply = seen(ava.get("/api/auth/instagram/accounts"));

        assertEquals(200, reply.status(), reply.describe());
        JsonArray accounts = Json.createReader(new StringReader(reply.body())).readArray();
        assertEquals(2, accounts.size(), reply.body());
        JsonObject bakery = accounts.stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("username").equals("avasbakery")).findFirst().orElseThrow();
        assertAll(
                () -> assertEquals("hidden", bakery.getString("accessToken")),
                () -> assertEquals("17841400000000101", bakery.getString("accountId")),
                () -> assertEquals("110000000000101", bakery.getString("connectedPageId")),
                () -> assertEquals("facebook", bakery.getString("providerId")),
                () -> assertTrue(bakery.getString("scope").contains("instagram_basic")),
                () -> assertFalse(bakery.isNull("accessTokenExpiresAt")));
    }

    @Test
    void someoneElsesAccountCannotBeListedOrDeleted() {
        WebClient ava = connected(AVA);
        String avasAccount = firstAccountId(ava);
        WebClient ben = new WebClient();
        SandboxLogin.signIn(ben, BEN);

        assertEquals("[]", seen(ben.get("/api/auth/instagram/accounts")).body().replace(" ", ""));
        Reply delete = seen(ben.delete("/api/auth/instagram/accounts?accountId=" + avasAccount));

        assertEquals(404, delete.status(), delete.describe());
        assertEquals("account_not_found", json(delete).getString("error"));
        assertTrue(seen(ava.get("/api/auth/instagram/accounts")).body().contains(avasAccount), "still there");
    }

    @Test
    void someoneElsesAccountPagesAnswerNotFound() {
        WebClient ava = connected(AVA);
        String avasAccount = Json.createReader(new StringReader(seen(ava.get("/api/auth/instagram/accounts")).body()))
                .readArray().getJsonObject(0).getString("id");
        WebClient ben = new WebClient();
        SandboxLogin.signIn(ben, BEN);

        Reply profile = ben.open("/profiles/" + avasAccount);
        Reply confirm = ben.open("/accounts/" + avasAccount + "/disconnect");
        Reply dashboard = ben.open("/dashboard");
        Reply disconnect = ben.postForm("/accounts/" + avasAccount + "/disconnect",
                List.of(Map.entry("_csrf", dashboard.document().selectFirst("input[name=_csrf]").val())));

        assertAll(
                () -> assertEquals(404, profile.status(), profile.describe()),
                () -> assertTrue(profile.document().getElementById("error-page") != null, profile.excerpt()),
                () -> assertFalse(profile.body().contains("avasbakery") || profile.body().contains("ava.creates")),
                () -> assertEquals(404, confirm.status(), confirm.describe()),
                () -> assertEquals(404, disconnect.status(), disconnect.describe()),
                () -> assertTrue(seen(ava.get("/api/auth/instagram/accounts")).body().contains(avasAccount),
                        "Ava's account is still there"));
    }

    @Test
    void deleteRemovesOnlyThatAccount() {
        WebClient ava = connected(AVA);
        String id = firstAccountId(ava);

        Reply deleted = seen(ava.delete("/api/auth/instagram/accounts?accountId=" + id));

        assertEquals(200, deleted.status(), deleted.describe());
        assertTrue(json(deleted).getBoolean("success"));
        String after = seen(ava.get("/api/auth/instagram/accounts")).body();
        assertFalse(after.contains(id));
        assertEquals(1, Json.createReader(new StringReader(after)).readArray().size());
        assertEquals(404, seen(ava.delete("/api/auth/instagram/accounts?accountId=" + id)).status(), "already gone");
    }

    @Test
    void malformedInputGets400WithAStableCode() {
        WebClient ava = new WebClient();
        SandboxLogin.signIn(ava, AVA);

        assertAll(
                () -> assertError(400, "invalid_json", seen(ava.postJson("/api/instagram/exchange-token", "{"))),
                () -> assertError(400, "token_required", seen(ava.postJson("/api/instagram/exchange-token", "{}"))),
                () -> assertError(400, "token_required",
                        seen(ava.postJson("/api/instagram/refresh-token", "{\"token\":42}"))),
                () -> assertError(400, "account_id_required", seen(ava.delete("/api/auth/instagram/accounts"))),
                () -> assertError(400, "invalid_token",
                        seen(ava.postJson("/api/instagram/exchange-token", "{\"token\":\"not-a-token\"}"))));
    }

    @Test
    void crossSiteRequestsAreRefused() {
        WebClient ava = connected(AVA);
        String id = firstAccountId(ava);

        Reply fromElsewhere = seen(ava.send("DELETE", "/api/auth/instagram/accounts?accountId=" + id, null,
                Map.of("Origin", "https://evil.example")));
        Reply fetchMetadata = seen(ava.send("POST", "/api/instagram/exchange-token", "{\"token\":\"x\"}",
                Map.of("Content-Type", "application/json", "Sec-Fetch-Site", "cross-site")));
        Reply plainForm = seen(ava.send("POST", "/api/instagram/exchange-token", "token=x",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", WebClient.origin())));

        assertError(403, "cross_origin_request", fromElsewhere);
        assertError(403, "cross_origin_request", fetchMetadata);
        assertError(415, "json_required", plainForm);
        assertTrue(seen(ava.get("/api/auth/instagram/accounts")).body().contains(id), "nothing was deleted");
    }

    @Test
    void exchangeAndRefreshHandBackALongLivedTokenForTheOneSent() {
        WebClient ava = new WebClient();
        SandboxLogin.signIn(ava, AVA);
        String shortLived = sandboxUserToken();

        Reply exchanged = ava.postJson("/api/instagram/exchange-token",
                Json.createObjectBuilder().add("token", shortLived).build().toString());
        assertEquals(200, exchanged.status(), exchanged.describe());
        JsonObject body = json(exchanged);
        String longLived = body.getString("access_token");
        assertNotEquals(shortLived, longLived);
        assertTrue(body.getJsonNumber("expires_in").longValue() > 50L * 24 * 3600, "about 60 days: " + body);

        Reply refreshed = ava.postJson("/api/instagram/refresh-token",
                Json.createObjectBuilder().add("token", longLived).build().toString());
        assertEquals(200, refreshed.status(), refreshed.describe());
        assertTrue(json(refreshed).getJsonNumber("expires_in").longValue() > 50L * 24 * 3600);
    }

    /** A short-lived user token straight from the sandbox's token endpoint, as a client app would hold. */
    private static String sandboxUserToken() {
        WebClient app = new WebClient();
        Reply dialog = SandboxLogin.openDialog(app);
        String code = query(SandboxLogin.allowAs(app, dialog, AVA).location().orElseThrow(), "code");
        String redirect = ItEnvironment.baseUrl() + "/callback/facebook";
        Reply token = app.get("/sandbox/meta/v26.0/oauth/access_token?client_id=" + MetaPlatform.SANDBOX_APP_ID
                + "&client_secret=" + ItEnvironment.sandboxAppSecret() + "&redirect_uri="
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8) + "&code=" + code);
        assertEquals(200, token.status(), token.describe() + " " + token.body());
        return json(token).getString("access_token");
    }

    private static WebClient connected(String name) {
        WebClient visitor = new WebClient();
        Reply accounts = SandboxLogin.connect(visitor, name);
        assertEquals(200, accounts.status(), accounts.describe());
        return visitor;
    }

    private String firstAccountId(WebClient visitor) {
        JsonArray accounts = Json.createReader(new StringReader(seen(visitor.get("/api/auth/instagram/accounts"))
                .body())).readArray();
        assertFalse(accounts.isEmpty(), "connected accounts expected");
        return accounts.getJsonObject(0).getString("accountId");
    }

    private static void assertError(int status, String code, Reply reply) {
        assertEquals(status, reply.status(), reply.describe() + " " + reply.body());
        assertEquals(code, json(reply).getString("error"), reply.body());
    }

    private static JsonObject json(Reply reply) {
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static String query(String url, String name) {
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }
}
