package io.igstudio.sandbox.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class PublishingErrorTest {

    /** The shape recorded from graph.facebook.com for 100/2207089 (MookieLian/n8n-nodes-instagram#9). */
    @Test
    void standaloneVideoErrorHasMetasRecordedShape() {
        JsonObject error = PublishingError.standaloneVideo().toJson("AQAGQZmBxEjj1dBgw9kJXc1").getJsonObject("error");
        assertEquals("Invalid parameter", error.getString("message"));
        assertEquals("OAuthException", error.getString("type"));
        assertEquals(100, error.getInt("code"));
        assertEquals(2207089, error.getInt("error_subcode"));
        assertFalse(error.getBoolean("is_transient"));
        assertEquals("Carousel item cannot be published standalone", error.getString("error_user_title"));
        assertEquals("AQAGQZmBxEjj1dBgw9kJXc1", error.getString("fbtrace_id"));
    }

    /** The sample on Meta's error code page: 36000/2207004. */
    @Test
    void imageTooLargeMatchesMetasSample() {
        JsonObject error = PublishingError.imageTooLarge().toJson("x").getJsonObject("error");
        assertEquals("The image size is too large.", error.getString("message"));
        assertEquals("Image size too large", error.getString("error_user_title"));
        assertEquals("The image is too large to download. It should be less than 8 MiB.",
                error.getString("error_user_msg"));
    }
}
