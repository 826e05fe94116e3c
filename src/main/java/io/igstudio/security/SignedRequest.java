package io.igstudio.security;

import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's {@code signed_request} (sent to the deauthorize and data deletion callbacks):
 * {@code base64url(signature) + "." + base64url(payload)}, the signature being HMAC-SHA256 of the encoded payload
 * with the app secret, the payload {@code {"algorithm":"HMAC-SHA256","issued_at":…,"user_id":"…"}}
 * (https://developers.facebook.com/docs/development/create-an-app/app-dashboard/data-deletion-callback, "Parse
 * the signed request"). The signature is compared in constant time; anything malformed is simply not verified.
 */
public final class SignedRequest {

    private SignedRequest() {
    }

    /** The app-scoped Facebook user id the request is about, when its signature holds. */
    public static Optional<String> verifiedUserId(String signedRequest, String appSecret) {
        if (signedRequest == null || appSecret == null || appSecret.isEmpty()) {
            return Optional.empty();
        }
        int dot = signedRequest.indexOf('.');
        if (dot <= 0 || dot == signedRequest.length() - 1 || signedRequest.indexOf('.', dot + 1) >= 0) {
            return Optional.empty();
        }
        String encodedPayload = signedRequest.substring(dot + 1);
        try {
            byte[] signature = Base64.getUrlDecoder().decode(signedRequest.substring(0, dot));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
            if (!MessageDigest.isEqual(expected, signature)) {
                return Optional.empty();
            }
            String json = new String(Base64.getUrlDecoder().decode(encodedPayload), StandardCharsets.UTF_8);
            JsonObject payload;
            try (var reader = Jsons.createReader(new StringReader(json))) {
                payload = reader.readObject();
            }
            if (!"HMAC-SHA256".equalsIgnoreCase(payload.getString("algorithm", ""))) {
                return Optional.empty();
            }
            return payload.get("user_id") instanceof JsonString id && id.getString().matches("\\d{1,32}")
                    ? Optional.of(id.getString()) : Optional.empty();
        } catch (IllegalArgumentException | GeneralSecurityException | jakarta.json.JsonException
                 | ClassCastException e) {
            return Optional.empty();
        }
    }
}
