package io.igstudio.comments;

import java.time.Instant;
import java.util.List;

/**
 * Fired (synchronously, while a webhook delivery is processed) for each {@code mentions} change: someone named an
 * Instagram account ({@code @username}) in a caption or a comment. The research feature observes it and keeps the
 * mention; comments does not know about research. An observer that throws leaves the delivery unprocessed for
 * {@link CommentsTimer}, so observers must be idempotent: the same delivery may be processed again.
 *
 * @param accountIds IG Studio's account rows connected for the mentioned ig-user-id (one per person), never empty
 * @param mediaId the post whose caption or comment mentions the account
 * @param commentId the mentioning comment, {@code null} for a mention in a caption
 * @param receivedAt when IG Studio processed the delivery (its clock)
 */
public record MentionDelivered(List<String> accountIds, String mediaId, String commentId, Instant receivedAt) {

    public MentionDelivered {
        accountIds = List.copyOf(accountIds);
    }
}
