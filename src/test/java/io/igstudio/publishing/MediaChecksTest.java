package io.igstudio.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What the library does to an upload before Meta sees it, and the signature of its public URL. */
class MediaChecksTest {

    static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void pngBecomesJpegAndWideImagesAreScaledTo1440() throws IOException {
        var prepared = ImagePreparation.prepare(image(2880, 1800, "png"));
        assertEquals(1440, prepared.width());
        assertEquals(900, prepared.height());
        assertEquals((byte) 0xFF, prepared.jpeg()[0]);
        assertEquals((byte) 0xD8, prepared.jpeg()[1], "JPEG magic");
    }

    @Test
    void gifFirstFrameIsRead() throws IOException {
        assertEquals(400, ImagePreparation.prepare(image(400, 400, "gif")).width());
    }

    @Test
    void tooNarrowIsNamed() {
        var problem = assertThrows(MediaProblem.class, () -> ImagePreparation.prepare(image(200, 200, "png")));
        assertTrue(problem.getMessage().contains("320"));
    }

    @Test
    void notAnImageIsNamed() {
        assertThrows(MediaProblem.class, () -> ImagePreparation.prepare("hello".getBytes()));
    }

    @Test
    void feedRatioLimitsAreFourFifthsToOnePointNineOne() {
        assertTrue(ImagePreparation.feedRatio(1080, 1350));
        assertTrue(ImagePreparation.feedRatio(1910, 1000));
        assertFalse(ImagePreparation.feedRatio(1080, 1920), "9:16 is for stories and reels");
        assertFalse(ImagePreparation.feedRatio(1000, 400));
    }

    @Test
    void cropAndPadReachTheNearestAllowedRatio() throws IOException {
        byte[] tall = ImagePreparation.prepare(image(1080, 1920, "png")).jpeg();
        var cropped = ImagePreparation.fit(tall, ImagePreparation.Fit.CROP);
        assertEquals(1080, cropped.width());
        assertEquals(1350, cropped.height());
        var padded = ImagePreparation.fit(tall, ImagePreparation.Fit.PAD);
        assertEquals(1440, padded.width(), "1536×1920 padded, then scaled to 1440 wide");
        assertEquals(1800, padded.height());
        assertTrue(ImagePreparation.feedRatio(padded.width(), padded.height()));
        assertTrue(padded.width() <= ImagePreparation.MAX_WIDTH);
    }

    @Test
    void placeholderMp4IsReadAsH264() throws IOException {
        Path mp4 = Files.createTempFile("igs", ".mp4");
        try (var in = MediaChecksTest.class.getResourceAsStream("/sandbox/placeholder.mp4")) {
            Files.copy(in, mp4, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        var facts = VideoInspection.inspect(mp4);
        assertTrue(VideoInspection.CODECS.contains(facts.codec()), facts.codec());
        assertTrue(facts.width() > 0 && facts.durationMs() > 0);
        assertTrue(facts.moovFirst(), "moov before mdat");
        assertEquals("The video is shorter than 3 seconds.", VideoInspection.problemFor(facts, 1564, false));
        Files.write(mp4, PublishingIT.placeholderVideo());
        assertEquals(4000, VideoInspection.inspect(mp4).durationMs(), "the IT's fixture says 4 s");
        Files.delete(mp4);
    }

    @Test
    void signedUrlsHoldOnlyForTheirFileUntilTheyExpire() {
        String secret = PublicMediaUrls.newSecret();
        String id = "0b7d3f2e-1111-4222-8333-444455556666";
        long expires = Instant.parse("2026-11-26T12:00:00Z").getEpochSecond();
        String path = "/" + id + "/" + expires + "/" + PublicMediaUrls.sign(id, expires, secret) + ".jpg";
        var signed = PublicMediaUrls.Signed.parse(path).orElseThrow();
        assertTrue(signed.valid(secret, Instant.parse("2026-11-26T11:00:00Z")));
        assertFalse(signed.valid(secret, Instant.parse("2026-11-26T12:00:01Z")), "expired");
        assertFalse(signed.valid(PublicMediaUrls.newSecret(), Instant.parse("2026-11-26T11:00:00Z")), "other secret");
        assertTrue(PublicMediaUrls.Signed.parse("/../etc/passwd").isEmpty());
        var tampered = PublicMediaUrls.Signed.parse("/" + id + "/" + (expires + 3600) + "/"
                + PublicMediaUrls.sign(id, expires, secret) + ".jpg").orElseThrow();
        assertFalse(tampered.valid(secret, Instant.parse("2026-11-26T11:00:00Z")), "a later expiry is not signed");
    }

    @Test
    void privatePublicAddressesAreRecognised() {
        PublicMediaUrls urls = new PublicMediaUrls();
        urls.publicBase = java.util.Optional.empty();
        for (String local : new String[] {"http://localhost:8080", "http://192.168.1.4", "http://10.0.0.2:8080",
                "http://172.20.1.1", "http://[::1]:8080", "http://studio.local"}) {
            urls.baseUrl = local;
            assertTrue(urls.unreachableFromInternet(), local);
        }
        urls.baseUrl = "https://studio.example.com";
        assertFalse(urls.unreachableFromInternet());
        urls.publicBase = java.util.Optional.of("http://172.32.0.1");
        assertFalse(urls.unreachableFromInternet(), "172.32 is public");
    }
}
