package io.igstudio.publishing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes an uploaded image acceptable to Instagram before Meta sees it (graph-api-facts.md: JPEG, at most
 * 8 MiB; Meta's image specifications: width 320–1440 px, feed aspect ratio 4:5 to 1.91:1). JPEG, PNG and
 * GIF (first frame) are read by the JDK, WebP by TwelveMonkeys' ImageIO plugin. Pure functions.
 */
public final class ImagePreparation {

    public static final long MAX_BYTES = 8L * 1024 * 1024;
    public static final int MIN_WIDTH = 320;
    public static final int MAX_WIDTH = 1440;
    /** 4:5 (portrait) and 1.91:1 (landscape), the feed's limits. */
    public static final double MIN_RATIO = 4.0 / 5.0;
    public static final double MAX_RATIO = 1.91;

    static {
        // the WebP reader lives in the WAR; ImageIO's registry only scans the class path it started with
        ImageIO.scanForPlugins();
    }

    /** A JPEG ready to upload, with its size in pixels. */
    public record PreparedImage(byte[] jpeg, int width, int height) {
        public double ratio() {
            return (double) width / height;
        }
    }

    /** How to bring an image to the feed's aspect ratio. */
    public enum Fit { CROP, PAD }

    private ImagePreparation() {
    }

    /** Reads, checks and converts; the aspect ratio is left as it is (it depends on the post type). */
    public static PreparedImage prepare(byte[] original) {
        BufferedImage image = read(original);
        if (image.getWidth() < MIN_WIDTH) {
            throw new MediaProblem("The image is " + image.getWidth() + " pixels wide; Instagram needs at least "
                    + MIN_WIDTH + ".");
        }
        if (image.getWidth() > MAX_WIDTH) {
            image = scale(image, MAX_WIDTH, (int) Math.round((double) image.getHeight() * MAX_WIDTH / image.getWidth()));
        }
        return new PreparedImage(jpeg(image), image.getWidth(), image.getHeight());
    }

    /** Whether a feed post (photo, carousel) can use an image of this size. */
    public static boolean feedRatio(int width, int height) {
        double ratio = (double) width / height;
        return ratio >= MIN_RATIO - 0.005 && ratio <= MAX_RATIO + 0.005;
    }

    /** Crops the centre, or pads with white, to the nearest ratio the feed allows. */
    public static PreparedImage fit(byte[] jpeg, Fit fit) {
        BufferedImage image = read(jpeg);
        int w = image.getWidth();
        int h = image.getHeight();
        double ratio = (double) w / h;
        double target = ratio < MIN_RATIO ? MIN_RATIO : ratio > MAX_RATIO ? MAX_RATIO : ratio;
        if (target == ratio) {
            return new PreparedImage(jpeg, w, h);
        }
        BufferedImage out;
        if (fit == Fit.CROP) {
            int cw = ratio > target ? (int) Math.round(h * target) : w;
            int ch = ratio > target ? h : (int) Math.round(w / target);
            out = image.getSubimage((w - cw) / 2, (h - ch) / 2, cw, ch);
        } else {
            int pw = ratio < target ? (int) Math.round(h * target) : w;
            int ph = ratio < target ? h : (int) Math.round(w / target);
            out = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pw, ph);
            g.drawImage(image, (pw - w) / 2, (ph - h) / 2, null);
            g.dispose();
        }
        if (out.getWidth() > MAX_WIDTH) {
            out = scale(out, MAX_WIDTH, (int) Math.round((double) out.getHeight() * MAX_WIDTH / out.getWidth()));
        }
        return new PreparedImage(jpeg(out), out.getWidth(), out.getHeight());
    }

    static BufferedImage read(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new MediaProblem("This file is not an image IG Studio can read (JPEG, PNG, WebP or GIF).");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                BufferedImage image = reader.read(0); // a GIF's first frame
                return rgb(image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaProblem problem) {
                throw problem;
            }
            throw new MediaProblem("This image is damaged or in a format IG Studio cannot read.");
        }
    }

    /** JPEG has no alpha: transparent areas become white. */
    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return scaled;
    }

    /** Re-encodes at falling quality until the file is at most 8 MiB. */
    static byte[] jpeg(BufferedImage image) {
        for (float quality = 0.92f; quality > 0.3f; quality -= 0.12f) {
            byte[] bytes = encode(image, quality);
            if (bytes.length <= MAX_BYTES) {
                return bytes;
            }
        }
        throw new MediaProblem("The image stays larger than 8 MiB even compressed.");
    }

    private static byte[] encode(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new MediaProblem("The image could not be converted to JPEG.");
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
