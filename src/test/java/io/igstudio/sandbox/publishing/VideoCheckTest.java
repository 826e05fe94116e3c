package io.igstudio.sandbox.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class VideoCheckTest {

    @Test
    void theSandboxPlaceholderIsAOneSecondMp4() throws IOException {
        byte[] mp4 = placeholder();
        assertEquals(1000, VideoCheck.durationMillis(mp4).orElseThrow());
        assertNull(VideoCheck.problem(mp4, null));
        assertNull(VideoCheck.problem(mp4, 999L));
    }

    @Test
    void aThumbnailOffsetPastTheEndEndsInMetasError() throws IOException {
        assertTrue(VideoCheck.problem(placeholder(), 1000L).endsWith("(2207057)"));
    }

    @Test
    void notAVideoOrNotDownloaded() {
        assertTrue(VideoCheck.problem("<html>404</html>".getBytes(), null).endsWith("(2207026)"));
        assertTrue(VideoCheck.problem(null, null).endsWith("(2207052)"));
    }

    private static byte[] placeholder() throws IOException {
        try (InputStream in = VideoCheckTest.class.getResourceAsStream("/sandbox/placeholder.mp4")) {
            return in.readAllBytes();
        }
    }
}
