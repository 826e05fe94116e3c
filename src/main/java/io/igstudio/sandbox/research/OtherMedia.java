package io.igstudio.sandbox.research;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Posts of accounts outside the sandbox's people, generated from a seed (a hashtag, an account) and the sandbox
 * clock: the same request gives the same posts, and time moving on brings new recent ones.
 */
final class OtherMedia {

    /** Who posts under hashtags and tags the seeded accounts: made-up usernames with 17-digit ids. */
    private static final String[] AUTHORS = {"sunrise.bakehouse", "crumb.and.co", "mira.illustrates", "flourpower.daily",
            "the.rye.guy", "levain.lab", "morning.bun.club", "oven.spring"};
    static final int TOP_SIZE = 80;
    static final int RECENT_SLOTS = 40;
    /** "The recent_media edge only returns media published within the last 24 hours" (IG Hashtag Recent Media). */
    static final Duration RECENT_WINDOW = Duration.ofHours(24);

    private OtherMedia() {
    }

    /** A 17-digit id derived from the text, stable across restarts (Meta's ids are static). */
    static String id(String prefix, String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long n = 0;
            for (int i = 0; i < 7; i++) {
                n = (n << 8) | (hash[i] & 0xff);
            }
            String digits = Long.toString(Math.abs(n % 1_000_000_000_000L));
            return prefix + "0".repeat(17 - prefix.length() - digits.length()) + digits;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The most popular posts with the hashtag, most liked first, from the last few weeks. */
    static List<ResearchMedia> top(String hashtag, Instant now) {
        Random random = new Random(hashtag.hashCode());
        Instant day = now.truncatedTo(ChronoUnit.DAYS);
        List<ResearchMedia> items = new ArrayList<>();
        for (int i = 0; i < TOP_SIZE; i++) {
            Instant at = day.minus(Duration.ofHours(6 + random.nextInt(24 * 28)));
            items.add(post("1790", hashtag + "/top/" + i, random, at, hashtag, 800 + random.nextInt(60_000)));
        }
        items.sort(Comparator.comparingLong(ResearchMedia::likeCount).reversed());
        return items;
    }

    /** Posts with the hashtag published in the last 24 hours, newest first. */
    static List<ResearchMedia> recent(String hashtag, Instant now) {
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        List<ResearchMedia> items = new ArrayList<>();
        // one slot per 36 minutes, anchored on whole hours so that a page and the next agree
        for (int i = 0; i < RECENT_SLOTS; i++) {
            Instant at = hour.minus(Duration.ofMinutes(36L * i + 7));
            if (!at.isAfter(now.minus(RECENT_WINDOW)) || at.isAfter(now)) {
                continue;
            }
            long slot = at.getEpochSecond() / 60;
            Random random = new Random(hashtag.hashCode() * 31L + slot);
            items.add(post("1791", hashtag + "/recent/" + slot, random, at, hashtag, random.nextInt(300)));
        }
        return items;
    }

    /** Posts by other accounts in which {@code username} was tagged, newest first. */
    static List<ResearchMedia> tagging(String igUserId, String username, Instant now) {
        Random random = new Random(igUserId.hashCode());
        Instant day = now.truncatedTo(ChronoUnit.DAYS);
        List<ResearchMedia> items = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant at = day.minus(Duration.ofHours(30L * i + 5));
            ResearchMedia p = post("1792", igUserId + "/tag/" + i, random, at, null, 40 + random.nextInt(2000));
            items.add(new ResearchMedia(p.id(), p.ownerId(), p.ownerUsername(), p.mediaType(), p.productType(),
                    p.shortcode(), "With @" + username + " today. " + p.caption(), p.timestamp(), p.likeCount(),
                    p.commentsCount(), p.viewCount()));
        }
        return items;
    }

    /** The latest posts of a public account (Business Discovery's media edge), newest first. */
    static List<ResearchMedia> of(String accountId, String username, long mediaCount, Instant now) {
        Random random = new Random(accountId.hashCode());
        Instant day = now.truncatedTo(ChronoUnit.DAYS);
        List<ResearchMedia> items = new ArrayList<>();
        for (int i = 0; i < Math.min(30, mediaCount); i++) {
            Instant at = day.minus(Duration.ofHours(41L * i + 3));
            ResearchMedia p = post("1793", accountId + "/media/" + i, random, at, null, 100 + random.nextInt(4000));
            items.add(new ResearchMedia(p.id(), accountId, username, p.mediaType(), p.productType(), p.shortcode(),
                    p.caption(), p.timestamp(), p.likeCount(), p.commentsCount(), p.viewCount()));
        }
        return items;
    }

    private static ResearchMedia post(String prefix, String seed, Random random, Instant at, String hashtag, long likes) {
        String author = AUTHORS[random.nextInt(AUTHORS.length)];
        boolean reel = random.nextInt(3) == 0;
        String caption = CAPTIONS[random.nextInt(CAPTIONS.length)] + (hashtag == null ? "" : " #" + hashtag);
        String id = id(prefix, seed);
        return new ResearchMedia(id, id("17841", author), author, reel ? "VIDEO" : "IMAGE", reel ? "REELS" : "FEED",
                shortcode(id), caption, at, likes, likes / (8 + random.nextInt(20)), likes * (3 + random.nextInt(9)));
    }

    private static final String[] CAPTIONS = {"Fresh out of the oven.", "Weekend bake, step by step.",
            "Crumb shot!", "Trying a new flour blend.", "Morning light, warm bread.", "Proofing overnight paid off."};

    private static String shortcode(String id) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        long n = Long.parseLong(id.substring(5));
        StringBuilder code = new StringBuilder("C");
        for (int i = 0; i < 10; i++) {
            code.append(alphabet.charAt((int) (n % 64)));
            n /= 64;
        }
        return code.toString();
    }
}
