package io.igstudio.sandbox.publishing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What Meta checks in a downloaded image (graph-api-facts.md, "Publishing"; error codes page): JPEG only
 * (36001/2207005), at most 8 MiB (36000/2207004), and for feed images an aspect ratio from 4:5 to 1.91:1
 * (36003/2207009). Stories are shown at 9:16 and take any ratio. Only the header is decoded.
 */
public final class ImageCheck {

    public static final long MAX_BYTES = 8L * 1024 * 1024;
    static final double MIN_RATIO = 4.0 / 5.0;
    static final double MAX_RATIO = 1.91;

    /** Width and height of an accepted image. */
    public record Size(int width, int height) {
    }

    private ImageCheck() {
    }

    /**
     * @param bytes the downloaded file (at most {@link #MAX_BYTES} + 1 bytes were read)
     * @param feed whether the feed's aspect ratio limits apply
     */
    public static Size check(byte[] bytes, boolean feed) {
        if (bytes.length > MAX_BYTES) {
            throw PublishingError.imageTooLarge().exception();
        }
        if (bytes.length < 3 || (bytes[0] & 0xff) != 0xFF || (bytes[1] & 0xff) != 0xD8 || (bytes[2] & 0xff) != 0xFF) {
            throw PublishingError.imageFormat().exception();
        }
        Size size = jpegSize(bytes);
        if (feed) {
            double ratio = (double) size.width() / size.height();
            // a little tolerance, as Meta accepts 1080x1350 and 1080x566 (rounded 4:5 and 1.91:1)
            if (ratio < MIN_RATIO - 0.001 || ratio > MAX_RATIO + 0.001) {
                throw PublishingError.aspectRatio(ratioText(size)).exception();
            }
        }
        return size;
    }

    static String ratioText(Size size) {
        return String.format(java.util.Locale.ROOT, "%.3f", (double) size.width() / size.height()).replaceAll("0+$", "")
                .replaceAll("\\.$", "");
    }

    private static Size jpegSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
            if (!readers.hasNext()) {
                throw new IllegalStateException("This JVM has no JPEG reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new Size(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalStateException ise && ise.getMessage().startsWith("This JVM")) {
                throw ise;
            }
            throw PublishingError.imageFormat().exception();
        }
    }
}
