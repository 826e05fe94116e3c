package io.igstudio.publishing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.mp4parser.Box;
import java.util.Properties;
import org.mp4parser.IsoFile;
import org.mp4parser.PropertyBoxParserImpl;
import org.mp4parser.boxes.iso14496.part12.MovieBox;
import org.mp4parser.boxes.iso14496.part12.MovieHeaderBox;
import org.mp4parser.boxes.iso14496.part12.TrackBox;

/**
 * Reads an MP4 or MOV file's boxes with mp4parser (pure Java, no ffmpeg) to check what Meta's video specs
 * need before anything is sent (graph-api-facts.md: MOV/MP4, H.264 or HEVC, reels 3 s–15 min and ≤300 MB,
 * story videos 3–60 s and ≤100 MB, ≤1920 px wide).
 */
public final class VideoInspection {

    static final Set<String> CODECS = Set.of("avc1", "avc3", "hvc1", "hev1");

    /** What the library stores about a video. */
    public record VideoFacts(int width, int height, long durationMs, String codec, boolean moovFirst) {
    }

    private VideoInspection() {
    }

    public static VideoFacts inspect(Path file) {
        try (var channel = java.nio.channels.FileChannel.open(file);
             IsoFile iso = new IsoFile(channel, new PropertyBoxParserImpl(boxTable()))) {
            MovieBox moov = iso.getMovieBox();
            if (moov == null) {
                throw new MediaProblem("This file is not an MP4 or MOV video.");
            }
            MovieHeaderBox header = moov.getMovieHeaderBox();
            long durationMs = header.getTimescale() == 0 ? 0 : header.getDuration() * 1000 / header.getTimescale();
            for (TrackBox track : moov.getBoxes(TrackBox.class)) {
                if (!"vide".equals(track.getMediaBox().getHandlerBox().getHandlerType())) {
                    continue;
                }
                List<Box> entries = track.getSampleTableBox().getSampleDescriptionBox().getBoxes();
                String codec = entries.isEmpty() ? "" : entries.get(0).getType();
                if (!CODECS.contains(codec)) {
                    throw new MediaProblem("The video is encoded as " + (codec.isBlank() ? "an unknown codec" : codec)
                            + "; Instagram takes H.264 or HEVC.");
                }
                var tkhd = track.getTrackHeaderBox();
                return new VideoFacts((int) tkhd.getWidth(), (int) tkhd.getHeight(), durationMs, codec,
                        moovFirst(iso));
            }
            throw new MediaProblem("This file has no video track.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaProblem problem) {
                throw problem;
            }
            java.util.logging.Logger.getLogger(VideoInspection.class.getName()).log(java.util.logging.Level.FINE,
                    "Unreadable video", e);
            throw new MediaProblem("This video is damaged or not an MP4 or MOV file.");
        }
    }

    private static volatile Properties boxes;

    /**
     * mp4parser's table of box classes, read from its jar through the WAR's class loader: its own lookup
     * uses the system class loader, which on Payara does not see the WAR's libraries.
     */
    static Properties boxTable() throws IOException {
        if (boxes == null) {
            Properties table = new Properties();
            try (var in = PropertyBoxParserImpl.class.getClassLoader().getResourceAsStream("isoparser2-default.properties")) {
                if (in == null) {
                    throw new IOException("isoparser2-default.properties is missing");
                }
                table.load(in);
            }
            boxes = table;
        }
        return boxes;
    }

    private static boolean moovFirst(IsoFile iso) {
        for (Box box : iso.getBoxes()) {
            if ("moov".equals(box.getType())) {
                return true;
            }
            if ("mdat".equals(box.getType())) {
                return false;
            }
        }
        return false;
    }

    /** The limits of the chosen post type; {@code null} when the video fits. */
    public static String problemFor(VideoFacts facts, long bytes, boolean story) {
        long maxMs = story ? 60_000 : 15 * 60_000;
        long maxBytes = story ? 100L << 20 : 300L << 20;
        if (facts.durationMs() < 3_000) {
            return "The video is shorter than 3 seconds.";
        }
        if (facts.durationMs() > maxMs) {
            return story ? "A story video can be at most 60 seconds long." : "A reel can be at most 15 minutes long.";
        }
        if (bytes > maxBytes) {
            return story ? "A story video can be at most 100 MB." : "A reel can be at most 300 MB.";
        }
        if (facts.width() > 1920) {
            return "The video is wider than 1920 pixels.";
        }
        return null;
    }
}
