package io.igstudio.sandbox.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageCheckTest {

    @Test
    void feedImagesAreJpegsFromFourFifthsToOnePointNineOne() throws IOException {
        assertEquals(new ImageCheck.Size(1080, 1350), ImageCheck.check(image(1080, 1350, "jpg"), true));
        assertEquals(new ImageCheck.Size(1080, 566), ImageCheck.check(image(1080, 566, "jpg"), true));
        assertCode(36003, 2207009, image(1080, 1400, "jpg"), true);
        assertCode(36003, 2207009, image(1080, 500, "jpg"), true);
    }

    @Test
    void storiesTakeAnyShape() throws IOException {
        assertEquals(new ImageCheck.Size(540, 960), ImageCheck.check(image(540, 960, "jpg"), false));
    }

    @Test
    void otherFormatsAndOversizedFilesAreRefused() throws IOException {
        assertCode(36001, 2207005, image(100, 100, "png"), true);
        assertCode(36001, 2207005, "<html>not found</html>".getBytes(), true);
        byte[] big = Arrays.copyOf(image(100, 100, "jpg"), (int) ImageCheck.MAX_BYTES + 1);
        assertCode(36000, 2207004, big, true);
        // a JPEG signature with a broken body is no image either
        assertCode(36001, 2207005, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2}, true);
    }

    private static void assertCode(int code, int subcode, byte[] bytes, boolean feed) {
        PublishingException e = assertThrows(PublishingException.class, () -> ImageCheck.check(bytes, feed));
        assertEquals(code, e.error().code());
        assertEquals(subcode, e.error().subcode());
    }

    private static byte[] image(int w, int h, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
