package io.igstudio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenEncryptionTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    @Test
    void aTokenSurvivesTheRoundTripAndIsNotStoredInClear() {
        var cipher = new AesGcm(KeySource.resolve(Optional.of(KEY), false, dir.resolve("k"), m -> { }));
        String token = "EAAB-sandbox-token-1234567890";

        String sealed = cipher.encrypt(token);

        assertFalse(sealed.contains(token));
        assertTrue(sealed.startsWith("v1:"));
        assertEquals(token, cipher.decrypt(sealed));
        assertNotEquals(sealed, cipher.encrypt(token), "each value gets its own nonce");
    }

    @Test
    void aTamperedValueDoesNotOpen() {
        var cipher = new AesGcm(Base64.getDecoder().decode(KEY));
        String sealed = cipher.encrypt("hunter2-token");
        byte[] raw = Base64.getDecoder().decode(sealed.substring("v1:".length()));
        raw[raw.length / 2] ^= 1; // one bit of the ciphertext flipped in the database
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

        var e = assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered));
        assertFalse(e.getMessage().contains("hunter2"));
    }

    @Test
    void anotherKeyCannotOpenIt() {
        String sealed = new AesGcm(new byte[32]).encrypt("secret");
        byte[] other = new byte[32];
        other[0] = 1;
        assertThrows(IllegalStateException.class, () -> new AesGcm(other).decrypt(sealed));
    }

    @Test
    void liveModeRefusesToStartWithoutAKey() {
        var e = assertThrows(IllegalStateException.class,
                () -> KeySource.resolve(Optional.empty(), false, dir.resolve("k"), m -> { }));
        assertTrue(e.getMessage().contains("IGSTUDIO_CRYPTO_KEY"));
        assertFalse(Files.exists(dir.resolve("k")), "no key file is made outside the sandbox");
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThrows(IllegalStateException.class,
                () -> KeySource.resolve(Optional.of(shortKey), false, dir.resolve("k"), m -> { }));
        assertThrows(IllegalStateException.class,
                () -> KeySource.resolve(Optional.of("not base64!"), false, dir.resolve("k"), m -> { }));
    }

    @Test
    void theSandboxGeneratesItsKeyOnceAndKeepsIt() {
        List<String> warnings = new ArrayList<>();
        Path file = dir.resolve("sub").resolve("sandbox.key");

        byte[] first = KeySource.resolve(Optional.empty(), true, file, warnings::add);
        byte[] second = KeySource.resolve(Optional.empty(), true, file, warnings::add);

        assertEquals(32, first.length);
        assertEquals(Base64.getEncoder().encodeToString(first), Base64.getEncoder().encodeToString(second));
        assertEquals(1, warnings.size(), "the generation is announced once");
        String sealed = new AesGcm(first).encrypt("token");
        assertEquals("token", new AesGcm(second).decrypt(sealed), "tokens stored before a restart still open");
    }
}
