package io.igstudio.sandbox.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one video the sandbox serves for every VIDEO media: a one-second, 64×64 grey H.264 MP4 (1.5 KB, made
 * with ffmpeg's colour source), so that players in the app's pages load a real video without the sandbox
 * pointing at anything outside itself. The picture people see is the poster, {@code thumbnail_url}.
 */
final class PlaceholderVideo {

    static final byte[] MP4 = load();

    private PlaceholderVideo() {
    }

    private static byte[] load() {
        try (InputStream in = PlaceholderVideo.class.getResourceAsStream("/sandbox/placeholder.mp4")) {
            if (in == null) {
                throw new IllegalStateException("sandbox/placeholder.mp4 is missing from the WAR");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
