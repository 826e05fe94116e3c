package io.igstudio.graph;

import java.time.Instant;
import java.util.List;

/**
 * A post, reel or story as the IG Media node describes it.
 *
 * @param mediaType IMAGE, VIDEO or CAROUSEL_ALBUM
 * @param productType FEED, REELS, STORY (Meta's media_product_type), may be {@code null}
 * @param children the carousel's items, empty otherwise
 */
public record MediaItem(String id, String mediaType, String productType, String mediaUrl, String thumbnailUrl,
                        String permalink, String caption, Instant timestamp, long likeCount, long commentsCount,
                        List<MediaItem> children) {

    /** The kind a person filters by: photo, video, carousel or reel. */
    public String kind() {
        if ("REELS".equals(productType)) {
            return "reel";
        }
        return switch (mediaType == null ? "" : mediaType) {
            case "CAROUSEL_ALBUM" -> "carousel";
            case "VIDEO" -> "video";
            default -> "photo";
        };
    }

    /** The permalink when it is an http(s) URL, else {@code null}. */
    public String permalinkLink() {
        return httpOnly(permalink);
    }

    static String httpOnly(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    private static final java.time.format.DateTimeFormatter UTC_LABEL = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    /** The publication time in UTC, readable; pages show it in the person's time zone (static/js/local-time.js). */
    public String timestampLabel() {
        return timestamp == null ? "" : UTC_LABEL.format(timestamp);
    }

    /** What to show in a grid: the thumbnail of a video, the image itself otherwise. */
    public String previewUrl() {
        return thumbnailUrl != null ? thumbnailUrl : mediaUrl;
    }
}
