package io.igstudio.sandbox.media;

import java.time.Instant;

/**
 * One IG Media object of the sandbox: a feed post, a reel, a carousel child or a story.
 *
 * @param parentId the carousel of a child, null otherwise
 * @param mediaType IMAGE, VIDEO or CAROUSEL_ALBUM
 * @param productType FEED, REELS or STORY (Meta's {@code media_product_type})
 * @param caption null when the post has none (Meta then leaves the field out)
 * @param colour and {@code label}: how the sandbox draws the placeholder picture
 * @param position index of a carousel child, 0 otherwise
 * @param commentEnabled false once the owner turned comments off ({@code POST /{ig-media-id}?comment_enabled=false})
 * @param sharedToFeed for a reel: whether it also shows in the feed ({@code share_to_feed})
 */
public record SandboxMedia(String id, String igUserId, String parentId, String mediaType, String productType,
        String shortcode, String caption, Instant takenAt, long likeCount, long commentsCount, String colour,
        String label, int position, boolean commentEnabled, boolean sharedToFeed) {

    /** Generated media: comments on, reels shared to the feed. */
    public SandboxMedia(String id, String igUserId, String parentId, String mediaType, String productType,
            String shortcode, String caption, Instant takenAt, long likeCount, long commentsCount, String colour,
            String label, int position) {
        this(id, igUserId, parentId, mediaType, productType, shortcode, caption, takenAt, likeCount, commentsCount,
                colour, label, position, true, true);
    }

    public static final String IMAGE = "IMAGE";
    public static final String VIDEO = "VIDEO";
    public static final String CAROUSEL = "CAROUSEL_ALBUM";
    public static final String FEED = "FEED";
    public static final String REELS = "REELS";
    public static final String STORY = "STORY";

    public boolean isVideo() {
        return VIDEO.equals(mediaType);
    }

    public boolean isCarousel() {
        return CAROUSEL.equals(mediaType);
    }

    public boolean isReel() {
        return REELS.equals(productType);
    }

    public boolean isStory() {
        return STORY.equals(productType);
    }

    public boolean isChild() {
        return parentId != null;
    }
}
