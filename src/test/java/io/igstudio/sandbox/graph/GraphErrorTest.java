package io.igstudio.sandbox.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphErrorTest {

    private static JsonObject fixture(String name) throws Exception {
        try (InputStream in = GraphErrorTest.class.getResourceAsStream("/sandbox/meta-graph/" + name);
             var reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    @Test
    void errorWithoutSubcodeHasExactlyTheKeysOfMetasRecordedError() throws Exception {
        JsonObject recorded = fixture("error_data.json").getJsonObject("error");
        JsonObject ours = GraphError.invalidAppSecretProof().toJson("AQt_hJ68vFybS4TnupatNtX").getJsonObject("error");
        assertEquals(recorded.keySet(), ours.keySet());
        for (String key : recorded.keySet()) {
            assertEquals(recorded.get(key).getValueType(), ours.get(key).getValueType(), key);
        }
    }

    @Test
    void subcodeIsAddedOnlyWhenThereIsOne() {
        JsonObject expired = GraphError.tokenExpired(Instant.parse("2026-03-10T17:00:00Z"), Instant.parse("2026-03-10T18:00:00Z"))
                .toJson("trace").getJsonObject("error");
        assertEquals(Set.of("message", "type", "code", "error_subcode", "fbtrace_id"), expired.keySet());
        assertEquals(190, expired.getInt("code"));
        assertEquals(463, expired.getInt("error_subcode"));
        assertFalse(GraphError.cannotParseToken().toJson("t").getJsonObject("error").containsKey("error_subcode"));
    }

    @Test
    void expiryIsWordedInPacificTimeLikeMeta() {
        String message = GraphError.tokenExpired(Instant.parse("2026-03-10T17:00:00Z"), Instant.parse("2026-03-10T18:30:00Z"))
                .message();
        assertEquals("Error validating access token: Session has expired on Tuesday, 10-Mar-26 10:00:00 PDT."
                + " The current time is Tuesday, 10-Mar-26 11:30:00 PDT.", message);
    }

    @Test
    void everyErrorIsAClientOrServerError() {
        for (GraphError e : List.of(GraphError.activeTokenRequired(), GraphError.tokenRequired(),
                GraphError.cannotParseToken(), GraphError.appNotAuthorized("1", "2"), GraphError.permissionMissing("x"),
                GraphError.unsupportedGet("1"), GraphError.codeUsed(), GraphError.codeExpired(),
                GraphError.redirectMismatch(), GraphError.invalidClientSecret(), GraphError.missingParameter("code"))) {
            assertTrue(e.status() >= 400 && e.status() < 600, e.message());
        }
    }

    @Test
    void tokenEndpointCodesMatchMeta() {
        assertEquals(36009, GraphError.codeUsed().subcode());
        assertEquals(36007, GraphError.codeExpired().subcode());
        assertEquals(36008, GraphError.redirectMismatch().subcode());
        assertEquals(458, GraphError.appNotAuthorized("1", "2").subcode());
        assertEquals(101, GraphError.missingParameter("client_id").code());
        assertEquals(191, GraphError.missingParameter("redirect_uri").code());
        assertEquals(2500, GraphError.activeTokenRequired().code());
        assertEquals("GraphMethodException", GraphError.invalidAppSecretProof().type());
    }
}
