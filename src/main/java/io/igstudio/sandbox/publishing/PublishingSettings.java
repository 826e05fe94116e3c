package io.igstudio.sandbox.publishing;

import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;

/**
 * One account's publishing controls.
 *
 * @param quotaTotal posts allowed per 24 hours ({@code content_publishing_limit} {@code config.quota_total})
 * @param processingSeconds how long a video container stays IN_PROGRESS
 * @param failVideos new video containers end in ERROR instead of FINISHED
 */
public record PublishingSettings(String igUserId, int quotaTotal, int processingSeconds, boolean failVideos) {

    public JsonObject toJson() {
        return Jsons.createObjectBuilder().add("igUserId", igUserId).add("quotaTotal", quotaTotal)
                .add("processingSeconds", processingSeconds).add("failVideos", failVideos).build();
    }
}
