package io.igstudio.graph;

import java.util.List;

/** One page of a media's comments (newest first) or of a comment's replies, with the cursor to the next page. */
public record CommentPage(List<IgComment> comments, String nextCursor) {
}
