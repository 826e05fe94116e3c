package io.igstudio.sandbox.publishing;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * A container request that passed {@link ContainerRules}: what Meta would now try to build.
 *
 * @param kind IMAGE, VIDEO, REELS, STORIES or CAROUSEL
 * @param mediaUrl {@code image_url} or {@code video_url}; null for a resumable upload or a carousel
 * @param children the item container ids of a carousel, in order; empty otherwise
 * @param params every accepted parameter except the media URL and caption, for the record
 */
public record ContainerDraft(String kind, boolean carouselItem, String mediaUrl, boolean resumable, String caption,
        String coverUrl, List<String> children, boolean shareToFeed, JsonObject params) {

    public static final String IMAGE = "IMAGE";
    public static final String VIDEO = "VIDEO";
    public static final String REELS = "REELS";
    public static final String STORIES = "STORIES";
    public static final String CAROUSEL = "CAROUSEL";

    public boolean isVideo() {
        return VIDEO.equals(kind) || REELS.equals(kind) || (STORIES.equals(kind) && (resumable || isVideoUrl()));
    }

    public boolean isCarousel() {
        return CAROUSEL.equals(kind);
    }

    /** A story made from {@code video_url} (not {@code image_url}). */
    private boolean isVideoUrl() {
        return params.getBoolean("_video", false);
    }

    /** Images are fetched while the container is created; Meta checks them then. */
    public boolean isImage() {
        return IMAGE.equals(kind) || (STORIES.equals(kind) && !isVideo());
    }
}
