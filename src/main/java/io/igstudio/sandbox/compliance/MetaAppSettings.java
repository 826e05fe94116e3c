package io.igstudio.sandbox.compliance;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.control.SandboxClock;
import io.igstudio.sandbox.oauth.AccessTokens;
import io.igstudio.sandbox.store.Grants;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a person does in their Facebook settings and what Meta then tells the app: revoking one permission,
 * removing the app (Meta calls the app's Deauthorize Callback URL) and asking for their data to be deleted (Meta
 * calls the Data Deletion Request URL). The callbacks are sent as Meta sends them: a form POST with one
 * {@code signed_request} parameter, {@code base64url(HMAC-SHA256(payload, app secret)) + "." + base64url(payload)},
 * the payload {@code {"algorithm":"HMAC-SHA256","issued_at":…,"user_id":"<app-scoped id>"}}
 * (https://developers.facebook.com/docs/development/create-an-app/app-dashboard/data-deletion-callback and
 * https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow#deauth-callback). The sandbox
 * app's settings name IG Studio's own callback URLs under {@code {base-url}/meta/}.
 */
@ApplicationScoped
public class MetaAppSettings {

    public static final String DEAUTHORIZE_PATH = "/meta/deauthorize";
    public static final String DATA_DELETION_PATH = "/meta/data-deletion";

    @Inject
    MetaPlatform meta;

    @Inject
    SandboxPeople people;

    @Inject
    Grants grants;

    @Inject
    AccessTokens tokens;

    @Inject
    SandboxClock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What the app answered to a callback. */
    public record Delivery(int status, String body) {
    }

    public boolean knows(String userId) {
        return people.user(userId).isPresent();
    }

    public void revokePermission(String userId, String scope) {
        grants.revoke(userId, MetaPlatform.SANDBOX_APP_ID, scope, clock.now());
    }

    /** The person removes the app: every permission and token goes, then Meta calls the deauthorize URL. */
    public Delivery removeApp(String userId) {
        forget(userId);
        return send(DEAUTHORIZE_PATH, signedRequest(userId));
    }

    /** The person removes the app and asks for their data to be deleted: Meta calls the data deletion URL. */
    public Delivery requestDataDeletion(String userId) {
        forget(userId);
        return send(DATA_DELETION_PATH, signedRequest(userId));
    }

    private void forget(String userId) {
        grants.revokeAll(userId, MetaPlatform.SANDBOX_APP_ID);
        tokens.revokeAll(userId, MetaPlatform.SANDBOX_APP_ID, clock.now());
    }

    String signedRequest(String userId) {
        String payload = Jsons.createObjectBuilder().add("algorithm", "HMAC-SHA256")
                .add("issued_at", clock.now().getEpochSecond()).add("user_id", userId).build().toString();
        return sign(payload, meta.sandboxAppSecret());
    }

    /** Meta's signed_request format, for the given JSON payload. */
    public static String sign(String payloadJson, String appSecret) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String payload = b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return b64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII))) + "." + payload;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    private Delivery send(String path, String signedRequest) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(meta.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signed_request="
                        + URLEncoder.encode(signedRequest, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Delivery(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Delivery(0, "IG Studio could not be reached at " + meta.baseUrl() + path + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery(0, "interrupted");
        }
    }
}
