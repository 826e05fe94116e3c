package io.igstudio.sandbox.comments;

import java.time.Instant;

/**
 * One comment or reply as the sandbox stores it.
 *
 * @param igUserId the account owning the media commented on
 * @param parentId the top-level comment of a reply, {@code null} for a top-level comment
 */
public record SandboxComment(String id, String mediaId, String igUserId, String parentId, String fromId,
                             String username, String text, Instant createdAt, boolean hidden, long likeCount,
                             Instant privateReplyAt) {

    public boolean isReply() {
        return parentId != null;
    }
}
