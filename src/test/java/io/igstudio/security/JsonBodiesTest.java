package io.igstudio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Bodies the parser refuses, for whatever reason, are the caller's mistake (issue 15). */
class JsonBodiesTest {

    @Test
    void deepNestingAndHugeNumbersAreInvalidJson() {
        assertThrows(JsonBodies.InvalidJsonException.class,
                () -> JsonBodies.read("[".repeat(100_000) + "]".repeat(100_000)));
        assertThrows(JsonBodies.InvalidJsonException.class,
                () -> JsonBodies.read("{\"token\": " + "9".repeat(100_000) + "}"));
        assertThrows(JsonBodies.InvalidJsonException.class, () -> JsonBodies.read("{\"token\":"));
        assertThrows(JsonBodies.InvalidJsonException.class, () -> JsonBodies.read(null));
    }

    @Test
    void anOrdinaryBodyIsRead() {
        assertEquals("abc", ((JsonObject) JsonBodies.read("{\"token\": \"abc\"}")).getString("token"));
    }

    @Test
    void stateHasAtLeast128Bits() {
        String state = OAuthState.next();
        assertEquals(43, state.length(), state); // 32 bytes, base64url without padding
    }
}
