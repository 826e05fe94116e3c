package io.igstudio.graph;

/** A published post as the pipeline needs it: its media id and the permalink to show. */
public record PublishedMedia(String id, String permalink) {
}
