package io.igstudio.graph;

import java.util.List;

/** One page of an account's media, newest first, with Meta's cursor to the next page ({@code null} at the end). */
public record MediaPage(List<MediaItem> items, String nextCursor) {
}
