package io.igstudio.sandbox.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphParametersTest {

    @Test
    void readsUrlEncodedBodiesWithRepeatedValues() {
        GraphParameters p = GraphParameters.of(Map.of("format", List.of("json")), "application/x-www-form-urlencoded",
                "client_id=1&appsecret_proof=a&appsecret_proof=a&redirect_uri=http%3A%2F%2Fx%2Fcb", null);
        assertEquals("1", p.get("client_id"));
        assertEquals("http://x/cb", p.get("redirect_uri"));
        assertEquals(List.of("a", "a"), p.all("appsecret_proof"));
        assertEquals("json", p.get("format"));
    }

    @Test
    void readsJsonBodiesKeepingListsAsJson() {
        GraphParameters p = GraphParameters.of(Map.of(), "application/json; charset=utf-8",
                "{\"client_id\":\"1\",\"limit\":5,\"fields\":[\"id\",\"name\"]}", null);
        assertEquals("1", p.get("client_id"));
        assertEquals("5", p.get("limit"));
        assertEquals(List.of("id", "name"), List.copyOf(p.fields().names()));
    }

    @Test
    void readsMultipartBodies() {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"grant_type\"\r\n\r\nclient_credentials\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"client_id\"\r\n\r\n100\r\n--XyZ--\r\n";
        GraphParameters p = GraphParameters.of(Map.of(), "multipart/form-data; boundary=XyZ", body, null);
        assertEquals("client_credentials", p.get("grant_type"));
        assertEquals("100", p.get("client_id"));
    }

    @Test
    void takesTheTokenFromTheParameterOrTheAuthorizationHeader() {
        assertEquals("EAA1", GraphParameters.of(Map.of("access_token", List.of("EAA1")), null, null, "Bearer EAA2")
                .accessToken().orElseThrow());
        assertEquals("EAA2", GraphParameters.of(Map.of(), null, null, "Bearer EAA2").accessToken().orElseThrow());
        assertEquals("EAA3", GraphParameters.of(Map.of(), null, null, "OAuth EAA3").accessToken().orElseThrow());
        assertTrue(GraphParameters.of(Map.of(), null, null, "Basic abc").accessToken().isEmpty());
    }
}
