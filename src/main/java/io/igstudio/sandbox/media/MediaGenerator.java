package io.igstudio.sandbox.media;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates an account's feed the way a real one looks through the Graph API: images, carousels of 2 to 10
 * images and videos, reels, and (before 9 November 2023, when Meta stopped taking feed videos) legacy feed
 * videos; captions with hashtags and mentions; likes and comments in proportion to the followers. The
 * same account always gets the same ids, types and captions (the random source is seeded with its id);
 * only the timestamps depend on {@code newest}, the moment the feed is generated.
 */
public final class MediaGenerator {

    /** Since then a video is published as a reel (graph-api-facts.md, "Publishing"). */
    static final Instant REELS_ONLY_SINCE = Instant.parse("2023-11-09T00:00:00Z");
    /** How far back a feed reaches, whatever its size. */
    static final Duration SPAN = Duration.ofDays(4 * 365);
    static final int MIN_CHILDREN = 2;
    static final int MAX_CHILDREN = 10;
    private static final String SHORTCODE_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    /** A feed post with its carousel children (empty unless it is a carousel). */
    public record Post(SandboxMedia media, List<SandboxMedia> children) {
    }

    private MediaGenerator() {
    }

    /** {@code count} posts, newest first, the newest a few hours before {@code newest}. */
    public static List<Post> feed(String igUserId, String username, long followers, int count, Instant newest) {
        SplittableRandom random = new SplittableRandom(seed(igUserId));
        CaptionThemes.Theme theme = CaptionThemes.of(username);
        long meanGap = SPAN.getSeconds() / Math.max(1, count);
        Instant at = newest.truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600 + random.nextInt(5 * 3600));
        Set<String> ids = new HashSet<>();
        List<Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                at = at.minusSeconds(meanGap / 2 + random.nextLong(meanGap));
            }
            posts.add(post(igUserId, theme, followers, at, random, ids));
        }
        return posts;
    }

    private static Post post(String igUserId, CaptionThemes.Theme theme, long followers, Instant at,
            SplittableRandom random, Set<String> ids) {
        int kind = random.nextInt(100);
        String mediaType = kind < 45 ? SandboxMedia.IMAGE : kind < 65 ? SandboxMedia.CAROUSEL : SandboxMedia.VIDEO;
        // drawn whatever the date, so that ids do not depend on when the feed was generated
        boolean coin = random.nextBoolean();
        boolean legacyVideo = mediaType.equals(SandboxMedia.VIDEO) && at.isBefore(REELS_ONLY_SINCE) && coin;
        String product = mediaType.equals(SandboxMedia.VIDEO) && !legacyVideo ? SandboxMedia.REELS : SandboxMedia.FEED;
        String topic = CaptionThemes.pick(theme.topics(), random);
        String caption = random.nextInt(20) == 0 ? null : CaptionThemes.caption(theme, topic, random);
        double engagement = 0.01 + random.nextDouble() * 0.05 * (product.equals(SandboxMedia.REELS) ? 1.8 : 1.0);
        long likes = Math.round(followers * engagement);
        long comments = Math.round(likes * (0.005 + random.nextDouble() * 0.045));
        String id = newId(random, ids);
        SandboxMedia media = new SandboxMedia(id, igUserId, null, mediaType, product, shortcode(random, at), caption, at,
                likes, comments, CaptionThemes.pick(theme.colours(), random), topic, 0);
        if (!media.isCarousel()) {
            return new Post(media, List.of());
        }
        int n = MIN_CHILDREN + random.nextInt(MAX_CHILDREN - MIN_CHILDREN + 1);
        List<SandboxMedia> children = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            // the first child is an image: the album's media_url is its first child's, and grids show it as a picture
            String childType = c > 0 && random.nextInt(4) == 0 ? SandboxMedia.VIDEO : SandboxMedia.IMAGE;
            children.add(new SandboxMedia(newId(random, ids), igUserId, id, childType, SandboxMedia.FEED,
                    shortcode(random, at), null, at.minusSeconds(1), 0, 0, CaptionThemes.pick(theme.colours(), random),
                    topic + " " + (c + 1) + "/" + n, c));
        }
        return new Post(media, List.copyOf(children));
    }

    /** Meta's media ids are 17-digit numbers such as 1789...; the sandbox's feed media start with 178 or 179, its stories with 18. */
    private static String newId(SplittableRandom random, Set<String> taken) {
        String id;
        do {
            id = String.format("17%d%014d", 8 + random.nextInt(2), random.nextLong(100_000_000_000_000L));
        } while (!taken.add(id));
        return id;
    }

    /** Eleven characters like Instagram's; posts since 2024 start with D, older ones with C. */
    static String shortcode(SplittableRandom random, Instant at) {
        StringBuilder code = new StringBuilder(at.isBefore(Instant.parse("2024-01-01T00:00:00Z")) ? "C" : "D");
        for (int i = 0; i < 10; i++) {
            code.append(SHORTCODE_ALPHABET.charAt(random.nextInt(SHORTCODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * From a digest of the id: SplittableRandom steps its seed by a fixed gamma, so seeds that differ by a
     * simple arithmetic rule (like neighbouring hash codes times that gamma) give overlapping sequences.
     */
    static long seed(String igUserId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(igUserId.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
