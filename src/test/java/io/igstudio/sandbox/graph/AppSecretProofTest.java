package io.igstudio.sandbox.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppSecretProofTest {

    private static final String SECRET = "sandbox-app-secret-for-local-use-only";
    // printf '%s' EAAStoken | openssl dgst -sha256 -hmac sandbox-app-secret-for-local-use-only
    private static final String PROOF = "d38d18cd706ca340f86f5e286aa7f8d6905252c0f7ba43b3ecad5535c81a83b8";

    @Test
    void isLowercaseHexHmacSha256OfTheTokenKeyedWithTheSecret() {
        assertEquals(PROOF, AppSecretProof.of("EAAStoken", SECRET));
    }

    @Test
    void noProofIsRefusedBecauseTheSandboxAppRequiresTheAppSecret() {
        assertFalse(AppSecretProof.accepts(List.of(), "EAAStoken", SECRET));
    }

    @Test
    void agreesWithTheAppsOwnComputationWithoutSharingCode() {
        assertEquals(io.igstudio.graph.AppSecretProof.of("EAASother", "0123456789abcdef0123456789abcdef"),
                AppSecretProof.of("EAASother", "0123456789abcdef0123456789abcdef"));
    }

    @Test
    void repeatedRightProofIsAccepted() {
        assertTrue(AppSecretProof.accepts(List.of(PROOF, PROOF), "EAAStoken", SECRET));
    }

    @Test
    void wrongOrUppercaseOrOneBadCopyIsRefused() {
        assertFalse(AppSecretProof.accepts(List.of("abc"), "EAAStoken", SECRET));
        assertFalse(AppSecretProof.accepts(List.of(PROOF.toUpperCase()), "EAAStoken", SECRET));
        assertFalse(AppSecretProof.accepts(List.of(PROOF, "abc"), "EAAStoken", SECRET));
        assertFalse(AppSecretProof.accepts(List.of(PROOF), "EAASother", SECRET));
    }
}
