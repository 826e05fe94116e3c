package io.igstudio.sandbox.publishing;

import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * One of Meta's content publishing errors. Unlike most Graph errors they carry {@code is_transient},
 * {@code error_user_title} and {@code error_user_msg}, as in the sample on Meta's error code page
 * (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/error-codes) and in
 * bodies recorded from graph.facebook.com (for example MookieLian/n8n-nodes-instagram#9 for 100/2207089). Codes
 * and subcodes follow that page and {@code graph-api-facts.md}; where Meta's wording is not known, the user
 * message says plainly what is wrong.
 */
public record PublishingError(int status, String message, int code, Integer subcode, String userTitle, String userMessage) {

    public PublishingException exception() {
        return new PublishingException(this);
    }

    JsonObject toJson(String fbtraceId) {
        JsonObjectBuilder error = Jsons.createObjectBuilder()
                .add("message", message)
                .add("type", "OAuthException")
                .add("code", code);
        if (subcode != null) {
            error.add("error_subcode", subcode);
        }
        error.add("is_transient", false);
        if (userTitle != null) {
            error.add("error_user_title", userTitle);
        }
        if (userMessage != null) {
            error.add("error_user_msg", userMessage);
        }
        error.add("fbtrace_id", fbtraceId);
        return Jsons.createObjectBuilder().add("error", error).build();
    }

    // --- container parameters -------------------------------------------------------------------------

    /** A parameter that this kind of container does not take, or a malformed value (code 100). */
    static PublishingError invalidParameter(String userMessage) {
        return new PublishingError(400, "Invalid parameter", 100, null, "Invalid parameter", userMessage);
    }

    /** Code 100 with Meta's usual "(#100) ..." wording for a missing or unknown required value. */
    static PublishingError param(String detail) {
        return new PublishingError(400, "(#100) " + detail, 100, null, null, null);
    }

    static PublishingError carouselSize(int count) {
        return new PublishingError(400, "Invalid parameter", 100, 2207028, "Carousel not valid",
                "Your post won't be shared as a carousel. Carousels need at least 2 photos/videos and no more than 10"
                        + " photos/videos. (" + count + " given)");
    }

    static PublishingError captionTooLong(String what) {
        return new PublishingError(400, "The caption is too long.", 36004, 2207010, "Caption too long",
                "The caption exceeds the limit: " + what + ".");
    }

    static PublishingError badCollaborator(String username) {
        return new PublishingError(400, "Invalid parameter", 100, 2207018, "Invalid collaborator",
                "The user " + username + " cannot be invited as a collaborator. Check the username.");
    }

    static PublishingError thumbOffset(long durationMs) {
        return new PublishingError(400, "Invalid parameter", 1, 2207057, "Thumbnail offset out of range",
                "Thumbnail offset must be greater than or equal to 0 and less than video duration, i.e. " + durationMs);
    }

    // --- fetching the media ---------------------------------------------------------------------------

    /** What Meta answers when it cannot download {@code image_url}: often transient at Meta, so apps retry. */
    static PublishingError fetchFailed(String uri) {
        return new PublishingError(400, "Only photo or video can be accepted as media type.", 9004, 2207052,
                "Media download has failed.", "The media could not be fetched from this uri: " + uri);
    }

    static PublishingError imageTooLarge() {
        return new PublishingError(400, "The image size is too large.", 36000, 2207004, "Image size too large",
                "The image is too large to download. It should be less than 8 MiB.");
    }

    static PublishingError imageFormat() {
        return new PublishingError(400, "The image format is not supported.", 36001, 2207005,
                "Unsupported image format", "The image format is not supported. Supported formats are: JPEG.");
    }

    static PublishingError aspectRatio(String ratio) {
        return new PublishingError(400, "The aspect ratio is not supported.", 36003, 2207009, "Invalid aspect ratio",
                "The submitted image with aspect ratio ('" + ratio + "') cannot be published. Please submit an image"
                        + " with a valid aspect ratio.");
    }

    // --- publishing -----------------------------------------------------------------------------------

    static PublishingError notReady() {
        return new PublishingError(400, "Media ID is not available", 9007, 2207027, "Media not ready for publishing",
                "The media is not ready for publishing, please wait for a moment");
    }

    static PublishingError expired(String creationId) {
        return new PublishingError(400, "Media builder not found", 24, 2207008, "Media builder expired",
                "The media builder with creation id = " + creationId + " does not exist or has been expired.");
    }

    static PublishingError standaloneVideo() {
        return new PublishingError(400, "Invalid parameter", 100, 2207089, "Carousel item cannot be published standalone",
                "Media created with media_type=VIDEO is a carousel item and cannot be published as a standalone post."
                        + " To publish a standalone video, use media_type=REELS instead.");
    }

    static PublishingError quotaReached() {
        return new PublishingError(400, "Application request limit reached", 9, 2207042, "Max. number of posts reached",
                "You reached maximum number of posts that is allowed to be published by Content Publishing API.");
    }

    /** More than 400 containers in 24 hours: the same limit error family, on container creation. */
    static PublishingError containerLimit() {
        return new PublishingError(400, "Application request limit reached", 9, 2207042,
                "Max. number of containers reached",
                "You reached the maximum of 400 media containers an account can create in 24 hours.");
    }
}
