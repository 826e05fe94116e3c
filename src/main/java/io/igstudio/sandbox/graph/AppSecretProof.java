package io.igstudio.sandbox.graph;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code appsecret_proof}: lowercase hex HMAC-SHA256 of the access token keyed with the app secret
 * (https://developers.facebook.com/docs/graph-api/securing-requests). Computed here on its own, not with
 * the app's {@code io.igstudio.graph.AppSecretProof}, so that a bug cannot hide in both. The sandbox app
 * has "Require App Secret" switched on: a call without a proof is refused. Clients such as pac4j send it
 * twice; every copy must match.
 */
public final class AppSecretProof {

    private AppSecretProof() {
    }

    public static String of(String accessToken, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(accessToken.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** True when at least one proof was sent and every proof sent is right. */
    public static boolean accepts(List<String> proofs, String accessToken, String appSecret) {
        if (proofs.isEmpty()) {
            return false;
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
