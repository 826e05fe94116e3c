package io.igstudio.graph;

import java.time.Instant;

/** A comment in which the account was @mentioned, with the post it was written on. */
public record MentionedComment(String id, String text, Instant timestamp, ResearchPost media) {
}
