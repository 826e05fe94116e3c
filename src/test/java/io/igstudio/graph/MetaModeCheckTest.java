package io.igstudio.graph;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The start-up rules: the sandbox never runs with real credentials, live never runs without them. */
class MetaModeCheckTest {

    @Test
    void sandboxStartsWithoutCredentials() {
        assertDoesNotThrow(() -> MetaModeCheck.verify("sandbox", false, false, "v26.0"));
    }

    @Test
    void modeIsCaseAndSpaceTolerant() {
        assertDoesNotThrow(() -> MetaModeCheck.verify(" Sandbox ", false, false, "v26.0"));
        assertDoesNotThrow(() -> MetaModeCheck.verify("LIVE", true, true, "v26.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "secret", "both"})
    void sandboxRefusesRealCredentials(String which) {
        var e = assertThrows(IllegalStateException.class, () -> MetaModeCheck.verify("sandbox",
                !which.equals("secret"), !which.equals("id"), "v26.0"));
        assertTrue(e.getMessage().contains("FACEBOOK_CLIENT_ID"), e.getMessage());
    }

    @Test
    void liveStartsWithBothCredentials() {
        assertDoesNotThrow(() -> MetaModeCheck.verify("live", true, true, "v26.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "secret", "none"})
    void liveRefusesToStartWithoutBothCredentials(String present) {
        var e = assertThrows(IllegalStateException.class, () -> MetaModeCheck.verify("live",
                present.equals("id"), present.equals("secret"), "v26.0"));
        assertTrue(e.getMessage().contains("FACEBOOK_CLIENT_SECRET"), e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"test", "production", "sandboxed"})
    void unknownModeIsRefused(String mode) {
        var e = assertThrows(IllegalStateException.class, () -> MetaModeCheck.verify(mode, false, false, "v26.0"));
        assertTrue(e.getMessage().contains("igstudio.meta.mode"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"v24.0", "v25.0", "v26.0", "v100.1"})
    void apiVersionsOfMetasShapeAreAccepted(String version) {
        assertDoesNotThrow(() -> MetaModeCheck.verify("sandbox", false, false, version));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"26.0", "v26", "V26.0", "v26.0/", "latest"})
    void malformedApiVersionIsRefused(String version) {
        var e = assertThrows(IllegalStateException.class, () -> MetaModeCheck.verify("sandbox", false, false, version));
        assertTrue(e.getMessage().contains("igstudio.meta.api-version"), e.getMessage());
    }
}
