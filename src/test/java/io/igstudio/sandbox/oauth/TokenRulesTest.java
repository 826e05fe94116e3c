package io.igstudio.sandbox.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void hashIsLowercaseHexSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenRules.hash("abc"));
    }

    @Test
    void newTokensAndCodesAreWellFormedAndDistinct() {
        String token = TokenRules.newUserToken();
        assertTrue(token.startsWith("EAA"));
        assertTrue(TokenRules.isWellFormedToken(token));
        assertNotEquals(token, TokenRules.newUserToken());
        String code = TokenRules.newCode();
        assertTrue(TokenRules.isWellFormedCode(code));
        assertFalse(TokenRules.isWellFormedToken(code));
        assertFalse(TokenRules.isWellFormedToken("abc"));
        assertFalse(TokenRules.isWellFormedCode("xyz"));
    }

    @Test
    void lifetimesFollowMeta() {
        assertEquals(Duration.ofSeconds(5184000), TokenRules.LONG_LIVED);
        assertEquals(Duration.ofHours(1), TokenRules.SHORT_LIVED);
        assertEquals(Duration.ofMinutes(10), TokenRules.CODE_LIFETIME);
        assertEquals(5184000, TokenRules.secondsLeft(NOW.plus(TokenRules.LONG_LIVED), NOW));
        assertEquals(0, TokenRules.secondsLeft(NOW.minusSeconds(5), NOW));
    }

    @Test
    void statusIsValidUntilExpiryAndRevocationWins() {
        assertEquals(TokenRules.Status.VALID, TokenRules.status(NOW.plusSeconds(1), null, NOW));
        assertEquals(TokenRules.Status.VALID, TokenRules.status(null, null, NOW));
        assertEquals(TokenRules.Status.EXPIRED, TokenRules.status(NOW, null, NOW));
        assertEquals(TokenRules.Status.REVOKED, TokenRules.status(NOW.minusSeconds(1), NOW.minusSeconds(5), NOW));
        assertEquals(TokenRules.Status.REVOKED, TokenRules.status(null, NOW, NOW));
    }
}
