package io.igstudio.sandbox.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * {@code appsecret_proof}: lowercase hex HMAC-SHA256 of the access token keyed with the app secret
 * (https://developers.facebook.com/docs/graph-api/securing-requests). Clients such as pac4j send it twice;
 * every copy must match.
 */
public final class AppSecretProof {

    private AppSecretProof() {
    }

    /** The same computation as the app's Graph client; Meta defines one proof for both sides. */
    public static String of(String accessToken, String appSecret) {
        return io.igstudio.graph.AppSecretProof.of(accessToken, appSecret);
    }

    /** True when no proof was sent (the sandbox app does not require one) or every proof sent is right. */
    public static boolean accepts(List<String> proofs, String accessToken, String appSecret) {
        if (proofs.isEmpty()) {
            return true;
        }
        byte[] expected = of(accessToken, appSecret).getBytes(StandardCharsets.US_ASCII);
        for (String proof : proofs) {
            if (proof == null || !MessageDigest.isEqual(expected, proof.getBytes(StandardCharsets.US_ASCII))) {
                return false;
            }
        }
        return true;
    }
}
