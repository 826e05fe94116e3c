package io.igstudio.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"object\":\"instagram\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void knownVector() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog") from RFC 4231-style published vectors
        assertEquals("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
                WebhookSignature.sign("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8), "key"));
    }

    @Test
    void acceptsMetasSignatureOverTheRawBody() {
        String header = WebhookSignature.sign(BODY, "app-secret");
        assertTrue(WebhookSignature.verify(BODY, header, "app-secret"));
        assertTrue(WebhookSignature.verify(BODY, header.toUpperCase().replace("SHA256=", "sha256="), "app-secret"),
                "hex in either case");
    }

    @Test
    void refusesAnythingElse() {
        String header = WebhookSignature.sign(BODY, "app-secret");
        assertFalse(WebhookSignature.verify(BODY, null, "app-secret"), "missing");
        assertFalse(WebhookSignature.verify(BODY, "", "app-secret"));
        assertFalse(WebhookSignature.verify(BODY, header.replace("sha256=", "sha1="), "app-secret"), "other algorithm");
        assertFalse(WebhookSignature.verify(BODY, WebhookSignature.sign(BODY, "other-secret"), "app-secret"), "other key");
        assertFalse(WebhookSignature.verify(BODY, "sha256=zz", "app-secret"), "not hex");
        assertFalse(WebhookSignature.verify(BODY, header.substring(0, header.length() - 2), "app-secret"), "truncated");
        byte[] changed = "{\"object\":\"instagram\", \"entry\":[]}".getBytes(StandardCharsets.UTF_8);
        assertFalse(WebhookSignature.verify(changed, header, "app-secret"), "the same JSON re-serialised is another body");
    }
}
