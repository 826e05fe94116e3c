package io.igstudio.sandbox.webhooks;

import io.igstudio.graph.MetaPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the sandbox's webhooks to IG Studio as Meta delivers them: a POST of the JSON body to the callback URL
 * ({@code igstudio.sandbox.webhook-url}, default {@code {base-url}/webhooks/instagram}), signed with the app secret
 * in {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>}
 * (https://developers.facebook.com/docs/instagram-platform/webhooks, "Validate payloads").
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    @Inject
    MetaPlatform meta;

    @Inject
    @ConfigProperty(name = "igstudio.sandbox.webhook-url")
    Optional<String> webhookUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Sends one delivery; answers the HTTP status of IG Studio's answer, or 0 when it could not be delivered. */
    public int deliver(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String url = webhookUrl.filter(u -> !u.isBlank()).orElse(meta.baseUrl() + "/webhooks/instagram");
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .header("X-Hub-Signature-256", signature(bytes, meta.sandboxAppSecret()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            LOG.info(() -> "Sandbox: a webhook could not be delivered to " + url + ": " + e);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of the raw body with the app secret, as Meta signs. */
    public static String signature(byte[] body, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
