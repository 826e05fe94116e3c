package io.igstudio.graph;

import java.time.Duration;

/**
 * {@code GET /{ig-user-id}/content_publishing_limit?fields=config,quota_usage}: posts published in the
 * window and how many the window allows. Never hard-coded: Meta's own pages disagree (50 or 100).
 */
public record PublishingLimit(int used, int total, Duration window) {

    public int left() {
        return Math.max(0, total - used);
    }
}
