package io.igstudio.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.oauth.ResolvedToken;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultModeTest {

    static final Instant SINCE = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant NOW = SINCE.plusSeconds(600);

    static ResolvedToken tokenIssued(Instant issuedAt) {
        return new ResolvedToken(ResolvedToken.Kind.USER, "EAAS", "1", "2", null, true, issuedAt, null, null);
    }

    static AccountControl control(FaultMode mode) {
        return new AccountControl("17841400000000101", mode, SINCE, 7);
    }

    static Set<String> recordedErrorKeys() throws Exception {
        try (InputStream in = FaultModeTest.class.getResourceAsStream("/sandbox/meta-graph/error_data.json");
             var reader = Json.createReader(in)) {
            return reader.readObject().getJsonObject("error").keySet();
        }
    }

    static JsonObject body(GraphError e) {
        return e.toJson("AQt_hJ68vFybS4TnupatNtX").getJsonObject("error");
    }

    @Test
    void normalAnswersNothing() {
        assertNull(InstagramGate.fault(control(FaultMode.NORMAL), tokenIssued(SINCE.minusSeconds(5)), NOW));
    }

    @Test
    void throttledIsMetasInstagramBusinessUseCaseError() throws Exception {
        GraphError e = InstagramGate.fault(control(FaultMode.THROTTLED), tokenIssued(NOW), NOW);
        assertEquals(400, e.status());
        assertEquals(80002, e.code());
        assertEquals(2446079, e.subcode());
        assertTrue(e.message().startsWith("(#80002) There have been too many calls to this Instagram account."));
        Set<String> expected = new HashSet<>(recordedErrorKeys());
        expected.add("error_subcode");
        assertEquals(expected, body(e).keySet());
    }

    @Test
    void transientIsA500MarkedTransient() throws Exception {
        GraphError e = InstagramGate.fault(control(FaultMode.TRANSIENT), tokenIssued(NOW), NOW);
        assertEquals(500, e.status());
        assertEquals(2, e.code());
        assertEquals("An unexpected error has occurred. Please retry your request later.", e.message());
        JsonObject body = body(e);
        assertTrue(body.getBoolean("is_transient"));
        Set<String> expected = new HashSet<>(recordedErrorKeys());
        expected.add("is_transient");
        assertEquals(expected, body.keySet());
    }

    @Test
    void expiredTokenExpiresOnlyTokensIssuedBeforeTheModeWasSet() {
        GraphError e = InstagramGate.fault(control(FaultMode.EXPIRED_TOKEN), tokenIssued(SINCE.minusSeconds(60)), NOW);
        assertEquals(190, e.code());
        assertEquals(463, e.subcode());
        assertTrue(e.message().startsWith("Error validating access token: Session has expired on "));
        assertNull(InstagramGate.fault(control(FaultMode.EXPIRED_TOKEN), tokenIssued(SINCE.plusSeconds(1)), NOW));
    }

    @Test
    void passwordChangeAndAppRemovalInvalidateTokensWithTheirSubcodes() {
        GraphError changed = InstagramGate.fault(control(FaultMode.PASSWORD_CHANGED), tokenIssued(SINCE.minusSeconds(60)), NOW);
        assertEquals(190, changed.code());
        assertEquals(460, changed.subcode());
        GraphError removed = InstagramGate.fault(control(FaultMode.APP_REMOVED), tokenIssued(SINCE.minusSeconds(60)), NOW);
        assertEquals(190, removed.code());
        assertEquals(458, removed.subcode());
        assertTrue(FaultMode.APP_REMOVED.invalidatesTokens() && !FaultMode.APP_THROTTLED.invalidatesTokens());
    }

    @Test
    void platformThrottlingAnswersMetasCodesMessagesAndStatuses() {
        GraphError app = InstagramGate.fault(control(FaultMode.APP_THROTTLED), tokenIssued(NOW), NOW);
        assertEquals(List.of(403, 4, "(#4) Application request limit reached"), List.of(app.status(), app.code(), app.message()));
        GraphError user = InstagramGate.fault(control(FaultMode.USER_THROTTLED), tokenIssued(NOW), NOW);
        assertEquals(List.of(400, 17, "(#17) User request limit reached"), List.of(user.status(), user.code(), user.message()));
        GraphError page = InstagramGate.fault(control(FaultMode.PAGE_THROTTLED), tokenIssued(NOW), NOW);
        assertEquals(List.of(400, 32, "(#32) Page request limit reached"), List.of(page.status(), page.code(), page.message()));
        GraphError api = InstagramGate.fault(control(FaultMode.API_THROTTLED), tokenIssued(NOW), NOW);
        assertEquals(List.of(400, 613), List.of(api.status(), api.code()));
        assertTrue(body(user).getBoolean("is_transient"));
        for (String key : List.of("app_throttled", "user_throttled", "page_throttled", "api_throttled",
                "password_changed", "app_removed")) {
            assertTrue(FaultMode.parse(key).isPresent(), key);
            assertTrue(key.length() <= 16, "fits sandbox_account_control.mode");
        }
    }

    @Test
    void modesReadTheirJsonNames() {
        assertEquals(FaultMode.EXPIRED_TOKEN, FaultMode.parse("expired_token").orElseThrow());
        assertEquals(FaultMode.THROTTLED, FaultMode.parse(" Throttled ").orElseThrow());
        assertTrue(FaultMode.parse("broken").isEmpty());
        assertEquals("transient", FaultMode.TRANSIENT.key());
    }
}
