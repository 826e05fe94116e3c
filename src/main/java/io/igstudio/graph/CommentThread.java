package io.igstudio.graph;

/** A post's thread as one call reads it: whether comments are on, Meta's count, and the first page of comments. */
public record CommentThread(String mediaId, boolean commentsEnabled, long commentsCount, CommentPage page) {
}
