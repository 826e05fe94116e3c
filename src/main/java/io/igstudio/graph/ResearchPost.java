package io.igstudio.graph;

import java.time.Instant;

/**
 * Another account's post as research shows it: hashtag media (no {@code username}: Meta does not give it there),
 * media the account is tagged in, a compared account's posts, a post that mentions the account.
 *
 * @param username the author, or {@code null} where Meta does not say
 * @param viewCount views, or -1 when Meta did not send them
 */
public record ResearchPost(String id, String username, String mediaType, String productType, String caption,
                           String permalink, String mediaUrl, Instant timestamp, long likeCount, long commentsCount,
                           long viewCount) {

    /** The permalink when it is an http(s) URL (opened on Instagram), else {@code null}. */
    public String permalinkLink() {
        return MediaItem.httpOnly(permalink);
    }

    public String mediaUrlLink() {
        return MediaItem.httpOnly(mediaUrl);
    }

    public String timestampLabel() {
        return timestamp == null ? "" : java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
                java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC).format(timestamp);
    }

    public boolean reel() {
        return "REELS".equals(productType) || "VIDEO".equals(mediaType);
    }
}
