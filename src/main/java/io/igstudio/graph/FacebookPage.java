package io.igstudio.graph;

import java.util.Optional;

/** A Facebook Page the person manages, with the Instagram professional account linked to it, if any. */
public record FacebookPage(String id, String name, Optional<InstagramProfile> instagram) {
}
