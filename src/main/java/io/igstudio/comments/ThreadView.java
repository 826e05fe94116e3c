package io.igstudio.comments;

import java.util.List;

/**
 * A post's thread on its page.
 *
 * @param nextCursor Meta's cursor to the older comments, or {@code null}
 * @param notice why the thread could not be read from Meta just now, or {@code null}
 */
public record ThreadView(String accountId, String mediaId, boolean commentsEnabled, long commentsCount,
                         List<CommentView> comments, String nextCursor, String notice, boolean canMessage) {
}
