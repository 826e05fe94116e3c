package io.igstudio.graph;

import java.time.Instant;
import java.util.List;

/**
 * A comment or reply as the IG Comment node describes it
 * (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment).
 *
 * @param parentId the top-level comment of a reply, {@code null} for a top-level comment
 * @param replies the first page of a top-level comment's replies (field expansion), oldest first
 * @param moreReplies the cursor after those replies when there are more, else {@code null}
 */
public record IgComment(String id, String mediaId, String parentId, String fromId, String username, String text,
                        Instant timestamp, boolean hidden, long likeCount, List<IgComment> replies, String moreReplies) {
}
