package io.igstudio.publishing;

import java.time.Instant;

/** A line of the drafts list. */
public record DraftView(String id, PostType type, String caption, boolean submitted, Instant updatedAt) {

    /** When the draft last changed, in UTC as a fallback; {@code static/js/local-time.js} shows it in the person's zone. */
    public String updatedLabel() {
        return updatedAt == null ? "" : java.time.format.DateTimeFormatter
                .ofPattern("d MMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC)
                .format(updatedAt);
    }
}
