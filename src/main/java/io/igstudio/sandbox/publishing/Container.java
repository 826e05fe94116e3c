package io.igstudio.sandbox.publishing;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/**
 * One IG Container (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-container)
 * as stored. Its {@code status_code} moves on with the sandbox clock: a video stays IN_PROGRESS until
 * {@code readyAt} (a resumable one until its bytes arrive), then is FINISHED (or ERROR when the control said
 * so); any container not published within 24 hours is EXPIRED; a published one is PUBLISHED.
 *
 * @param kind IMAGE, VIDEO, REELS, STORIES or CAROUSEL
 * @param stored the stored status: IN_PROGRESS, FINISHED, ERROR or PUBLISHED
 */
public record Container(String id, String igUserId, String kind, boolean carouselItem, String mediaUrl,
        boolean resumable, Long uploadedBytes, String caption, JsonObject params, String stored, String statusDetail,
        Instant createdAt, Instant readyAt, boolean failProcessing, String publishedMediaId, Instant publishedAt) {

    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String FINISHED = "FINISHED";
    public static final String ERROR = "ERROR";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String EXPIRED = "EXPIRED";

    /** "The container expires if it is not published within 24 hours" (graph-api-facts.md). */
    public static final Duration LIFETIME = Duration.ofHours(24);

    /** The status code at {@code now}, carousels aside (their status follows their children: see {@code Publisher}). */
    public String statusAt(Instant now) {
        if (PUBLISHED.equals(stored) || ERROR.equals(stored)) {
            return stored;
        }
        if (!now.isBefore(createdAt.plus(LIFETIME))) {
            return EXPIRED;
        }
        if (FINISHED.equals(stored)) {
            return FINISHED;
        }
        if (readyAt == null || now.isBefore(readyAt)) {
            return IN_PROGRESS;
        }
        return failProcessing ? ERROR : FINISHED;
    }

    /**
     * A carousel is FINISHED when all its items are, IN_PROGRESS while one is processing, and ERROR when an item
     * failed, expired or was used elsewhere; its own state (expired, published) comes first.
     */
    public static String carouselStatus(String own, java.util.List<String> items) {
        if (!IN_PROGRESS.equals(own)) {
            return own;
        }
        boolean allFinished = true;
        for (String s : items) {
            if (s.equals(ERROR) || s.equals(EXPIRED) || s.equals(PUBLISHED)) {
                return ERROR;
            }
            allFinished &= s.equals(FINISHED);
        }
        return allFinished ? FINISHED : IN_PROGRESS;
    }

    /** Meta's human-readable {@code status} for a status code. */
    public static String statusText(String code, String detail) {
        return switch (code) {
            case FINISHED -> "Finished: Media has been uploaded and it is ready to be published.";
            case IN_PROGRESS -> "In Progress: Media is still being processed.";
            case PUBLISHED -> "Published: Media has been successfully published.";
            case EXPIRED -> "Expired: Media was not published within 24 hours.";
            default -> "Error: " + (detail != null ? detail : "Media processing failed.");
        };
    }

    public boolean isVideo() {
        return ContainerDraft.VIDEO.equals(kind) || ContainerDraft.REELS.equals(kind)
                || (ContainerDraft.STORIES.equals(kind) && params.getBoolean("_video", false));
    }

    public boolean isCarousel() {
        return ContainerDraft.CAROUSEL.equals(kind);
    }
}
