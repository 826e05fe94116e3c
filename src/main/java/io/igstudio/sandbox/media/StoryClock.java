package io.igstudio.sandbox.media;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * An account's stories, derived from the clock instead of stored: time is cut into {@value #SLOT_HOURS}-hour
 * slots, most slots hold one story at a fixed moment inside them, and a story is active for 24 hours
 * ("Stories are only available for 24 hours",
 * https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/stories).
 * Every third slot always has one, so an account always has at least two active stories, and a story
 * keeps its id, type and time across restarts. Ids are {@code 18}, the last three digits of the account id,
 * then the slot number, so that a story can be found again from its id alone.
 */
public final class StoryClock {

    static final int SLOT_HOURS = 4;
    static final Duration LIFETIME = Duration.ofHours(24);
    private static final long SLOT_SECONDS = SLOT_HOURS * 3600L;

    private StoryClock() {
    }

    /** The account's active stories at {@code now}, newest first. */
    public static List<SandboxMedia> active(String igUserId, Instant now) {
        List<SandboxMedia> stories = new ArrayList<>();
        long newestSlot = Math.floorDiv(now.getEpochSecond(), SLOT_SECONDS);
        long oldestSlot = Math.floorDiv(now.minus(LIFETIME).getEpochSecond(), SLOT_SECONDS);
        for (long slot = newestSlot; slot >= oldestSlot; slot--) {
            story(igUserId, slot).filter(s -> isActive(s, now)).ifPresent(stories::add);
        }
        return stories;
    }

    /** The story with this id, if it belongs to the account and is still active. */
    public static Optional<SandboxMedia> find(String storyId, String igUserId, Instant now) {
        if (!isStoryId(storyId) || !storyId.substring(2, 5).equals(suffix(igUserId))) {
            return Optional.empty();
        }
        return story(igUserId, Long.parseLong(storyId.substring(5))).filter(s -> isActive(s, now));
    }

    /** The story with this id whether or not it is still active (its picture outlives it, like a CDN copy). */
    static Optional<SandboxMedia> anyTime(String storyId, String igUserId) {
        if (!isStoryId(storyId) || !storyId.substring(2, 5).equals(suffix(igUserId))) {
            return Optional.empty();
        }
        return story(igUserId, Long.parseLong(storyId.substring(5)));
    }

    public static boolean isStoryId(String id) {
        return id != null && id.length() == 17 && id.startsWith("18") && id.chars().allMatch(Character::isDigit);
    }

    static boolean isActive(SandboxMedia story, Instant now) {
        return !story.takenAt().isAfter(now) && story.takenAt().plus(LIFETIME).isAfter(now);
    }

    static Optional<SandboxMedia> story(String igUserId, long slot) {
        SplittableRandom random = new SplittableRandom(MediaGenerator.seed(igUserId) ^ (slot * 0xBF58476D1CE4E5B9L));
        boolean present = slot % 3 == 0 || random.nextInt(100) < 60;
        Instant at = Instant.ofEpochSecond(slot * SLOT_SECONDS + random.nextLong(SLOT_SECONDS));
        String type = random.nextInt(10) < 3 ? SandboxMedia.VIDEO : SandboxMedia.IMAGE;
        String shortcode = MediaGenerator.shortcode(random, at);
        String colour = String.format("#%06x", random.nextInt(0x1000000) & 0x7f7f7f);
        if (!present) {
            return Optional.empty();
        }
        String id = "18" + suffix(igUserId) + String.format("%012d", slot);
        return Optional.of(new SandboxMedia(id, igUserId, null, type, SandboxMedia.STORY, shortcode, null, at, 0, 0,
                colour, "Story", 0));
    }

    private static String suffix(String igUserId) {
        String digits = igUserId.replaceAll("\\D", "");
        return String.format("%3s", digits.length() >= 3 ? digits.substring(digits.length() - 3) : digits).replace(' ', '0');
    }
}
