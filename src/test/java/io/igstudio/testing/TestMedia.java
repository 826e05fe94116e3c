package io.igstudio.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Files to upload in scheduling tests (as PublishingIT makes them: a plain PNG, a reel-long MP4). */
public final class TestMedia {

    private TestMedia() {
    }

    public static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(40, 120, 200));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The sandbox's placeholder MP4 with its movie header saying 4 s (reels need at least 3 s). */
    public static byte[] reel() throws IOException {
        byte[] mp4;
        try (var in = TestMedia.class.getResourceAsStream("/sandbox/placeholder.mp4")) {
            mp4 = in.readAllBytes();
        }
        int mvhd = new String(mp4, StandardCharsets.ISO_8859_1).indexOf("mvhd");
        ByteBuffer.wrap(mp4).putInt(mvhd + 20, 4 * ByteBuffer.wrap(mp4).getInt(mvhd + 16));
        return mp4;
    }
}
