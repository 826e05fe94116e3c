package io.igstudio.sandbox.publishing;

import io.igstudio.sandbox.graph.GraphParameters;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which parameters {@code POST /{ig-user-id}/media} takes for each kind of container, and their limits, as
 * Meta's reference lists them (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media,
 * the content publishing guide https://developers.facebook.com/docs/instagram-platform/content-publishing, and
 * {@code graph-api-facts.md}, which stands over both). A parameter that a kind does not take is refused, never
 * ignored: an app that sends {@code alt_text} with a reel must learn it here, not from a post without it.
 */
public final class ContainerRules {

    static final int CAPTION_CHARS = 2200;
    static final int CAPTION_HASHTAGS = 30;
    static final int CAPTION_MENTIONS = 20;
    static final int ALT_TEXT_CHARS = 1000;
    static final int MAX_COLLABORATORS = 3;
    static final int MAX_USER_TAGS = 20;
    static final int MAX_PRODUCT_TAGS = 5;
    static final int MIN_CHILDREN = 2;
    static final int MAX_CHILDREN = 10;

    private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]+");
    private static final Pattern MENTION = Pattern.compile("@[A-Za-z0-9._]+");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._]{1,30}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,32}");

    /** The publishing parameters this endpoint knows; anything else (access_token, format, ...) is not ours to judge. */
    static final Set<String> KNOWN = Set.of("media_type", "image_url", "video_url", "upload_type", "is_carousel_item",
            "children", "caption", "alt_text", "collaborators", "user_tags", "location_id", "cover_url", "thumb_offset",
            "audio_name", "share_to_feed", "trial_params", "is_ai_generated", "product_tags");

    /** What each kind takes besides {@code media_type}. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "IMAGE", Set.of("image_url", "caption", "alt_text", "collaborators", "user_tags", "location_id",
                    "is_ai_generated", "product_tags", "is_carousel_item"),
            "IMAGE_ITEM", Set.of("image_url", "alt_text", "user_tags", "product_tags", "is_carousel_item"),
            "VIDEO", Set.of("video_url", "upload_type", "caption", "location_id", "thumb_offset", "is_ai_generated",
                    "product_tags", "is_carousel_item"),
            "VIDEO_ITEM", Set.of("video_url", "upload_type", "product_tags", "is_carousel_item"),
            "REELS", Set.of("video_url", "upload_type", "caption", "collaborators", "user_tags", "location_id",
                    "cover_url", "thumb_offset", "audio_name", "share_to_feed", "trial_params", "is_ai_generated"),
            "STORIES", Set.of("image_url", "video_url", "upload_type", "user_tags", "is_ai_generated"),
            "CAROUSEL", Set.of("children", "caption", "collaborators", "location_id", "is_ai_generated"));

    private ContainerRules() {
    }

    /**
     * @param ownUsername the account's own username, which cannot be its own collaborator
     * @throws PublishingException with Meta's error for the first problem found
     */
    public static ContainerDraft check(GraphParameters p, String ownUsername) {
        String kind = kind(p.get("media_type"), p.get("image_url"));
        boolean item = bool(p, "is_carousel_item", false);
        if (item && !(kind.equals(ContainerDraft.IMAGE) || kind.equals(ContainerDraft.VIDEO))) {
            throw PublishingError.invalidParameter("Only images and videos (media_type=VIDEO) can be carousel items;"
                    + " " + kind + " cannot.").exception();
        }
        String rule = item ? kind + "_ITEM" : kind;
        Set<String> allowed = ALLOWED.get(rule);
        for (String name : KNOWN) {
            if (!name.equals("media_type") && p.get(name) != null && !allowed.contains(name)) {
                throw PublishingError.invalidParameter("The parameter " + name + " is not supported for "
                        + describe(kind, item) + ".").exception();
            }
        }
        boolean resumable = resumable(p.get("upload_type"));
        String imageUrl = p.get("image_url");
        String videoUrl = p.get("video_url");
        String mediaUrl = source(kind, imageUrl, videoUrl, resumable);
        JsonObjectBuilder params = Jsons.createObjectBuilder();
        if (kind.equals(ContainerDraft.STORIES) && imageUrl == null) {
            params.add("_video", true);
        }
        String caption = p.get("caption");
        if (caption != null) {
            checkCaption(caption);
        }
        String altText = p.get("alt_text");
        if (altText != null && altText.codePointCount(0, altText.length()) > ALT_TEXT_CHARS) {
            throw PublishingError.invalidParameter("alt_text can be at most " + ALT_TEXT_CHARS + " characters.").exception();
        }
        if (altText != null) {
            params.add("alt_text", altText);
        }
        if (p.get("collaborators") != null) {
            params.add("collaborators", Jsons.createArrayBuilder(collaborators(list(p.get("collaborators")), ownUsername)));
        }
        if (p.get("user_tags") != null) {
            params.add("user_tags", userTags(p.get("user_tags"), kind));
        }
        String location = p.get("location_id");
        if (location != null) {
            if (!DIGITS.matcher(location).matches()) {
                throw PublishingError.param("Param location_id must be a valid Page ID with a location").exception();
            }
            params.add("location_id", location);
        }
        String cover = p.get("cover_url");
        if (cover != null) {
            httpUrl(cover, "cover_url");
        }
        if (p.get("thumb_offset") != null) {
            params.add("thumb_offset", thumbOffset(p.get("thumb_offset")));
        }
        if (p.get("audio_name") != null) {
            if (p.get("audio_name").isBlank()) {
                throw PublishingError.invalidParameter("audio_name cannot be empty.").exception();
            }
            params.add("audio_name", p.get("audio_name"));
        }
        boolean shareToFeed = bool(p, "share_to_feed", true);
        if (p.get("trial_params") != null) {
            params.add("trial_params", trialParams(p.get("trial_params")));
        }
        if (p.get("is_ai_generated") != null) {
            params.add("is_ai_generated", bool(p, "is_ai_generated", false));
        }
        if (p.get("product_tags") != null) {
            List<String> tags = jsonArray(p.get("product_tags"), "product_tags").stream().map(JsonValue::toString).toList();
            if (tags.size() > MAX_PRODUCT_TAGS) {
                throw PublishingError.param("Cannot use more than " + MAX_PRODUCT_TAGS + " product tags per media").exception();
            }
            params.add("product_tags", tags.size());
        }
        List<String> children = List.of();
        if (kind.equals(ContainerDraft.CAROUSEL)) {
            children = children(p.get("children"));
        }
        return new ContainerDraft(kind, item, mediaUrl, resumable, caption, cover, children, shareToFeed, params.build());
    }

    static String kind(String mediaType, String imageUrl) {
        if (mediaType == null || mediaType.isBlank()) {
            if (imageUrl == null) {
                throw PublishingError.param("The parameter image_url is required.").exception();
            }
            return ContainerDraft.IMAGE;
        }
        String type = mediaType.trim().toUpperCase(Locale.ROOT);
        return switch (type) {
            case "IMAGE", "VIDEO", "REELS", "STORIES", "CAROUSEL" -> type;
            default -> throw new PublishingError(400, "Invalid parameter", 100, 2207023, "Unknown media type",
                    "The media type " + mediaType + " is unknown.").exception();
        };
    }

    /** Caption limits (graph-api-facts.md): 2,200 characters, 30 hashtags, 20 @mentions; Meta answers 36004/2207010. */
    static void checkCaption(String caption) {
        int chars = caption.codePointCount(0, caption.length());
        if (chars > CAPTION_CHARS) {
            throw PublishingError.captionTooLong(chars + " characters, at most " + CAPTION_CHARS).exception();
        }
        int hashtags = count(HASHTAG.matcher(caption));
        if (hashtags > CAPTION_HASHTAGS) {
            throw PublishingError.captionTooLong(hashtags + " hashtags, at most " + CAPTION_HASHTAGS).exception();
        }
        int mentions = count(MENTION.matcher(caption));
        if (mentions > CAPTION_MENTIONS) {
            throw PublishingError.captionTooLong(mentions + " @mentions, at most " + CAPTION_MENTIONS).exception();
        }
    }

    /**
     * Up to three usernames without "@" (graph-api-facts.md). A handle that cannot be an Instagram username, or
     * the account's own, is Meta's 2207018; the sandbox cannot know every real account, so a well-formed one passes.
     */
    static List<String> collaborators(List<String> names, String ownUsername) {
        if (names.size() > MAX_COLLABORATORS) {
            throw PublishingError.invalidParameter("At most " + MAX_COLLABORATORS + " collaborators can be invited ("
                    + names.size() + " given).").exception();
        }
        for (String name : names) {
            if (!USERNAME.matcher(name).matches() || name.equalsIgnoreCase(ownUsername)) {
                throw PublishingError.badCollaborator(name).exception();
            }
        }
        return names;
    }

    /**
     * {@code [{username, x, y}]}: x and y (0 to 1) required on images, not taken on reels (username only),
     * optional on stories (since July 2025, graph-api-facts.md).
     */
    static JsonArray userTags(String value, String kind) {
        JsonArray tags = jsonArray(value, "user_tags");
        if (tags.size() > MAX_USER_TAGS) {
            throw new PublishingError(400, "Invalid parameter", 100, 2207040, "Too many tags",
                    "Cannot use more than " + MAX_USER_TAGS + " tags per created media.").exception();
        }
        for (JsonValue tag : tags) {
            if (!(tag instanceof JsonObject t) || !(t.get("username") instanceof jakarta.json.JsonString u)
                    || !USERNAME.matcher(u.getString()).matches()) {
                throw PublishingError.param("Param user_tags must be an array of objects with a valid username").exception();
            }
            boolean hasPosition = t.containsKey("x") || t.containsKey("y");
            if (kind.equals(ContainerDraft.REELS) && hasPosition) {
                throw PublishingError.invalidParameter("User tags on reels take a username only, without x and y.").exception();
            }
            if (kind.equals(ContainerDraft.IMAGE) && !(t.containsKey("x") && t.containsKey("y"))) {
                throw PublishingError.param("Param user_tags requires x and y for each tag on an image").exception();
            }
            if (hasPosition && !(coordinate(t, "x") && coordinate(t, "y"))) {
                throw PublishingError.param("Param user_tags: x and y must be numbers from 0.0 to 1.0").exception();
            }
        }
        return tags;
    }

    static long thumbOffset(String value) {
        try {
            long ms = Long.parseLong(value.trim());
            if (ms >= 0) {
                return ms;
            }
        } catch (NumberFormatException e) {
            // falls through to Meta's error
        }
        throw PublishingError.thumbOffset(0).exception();
    }

    /** {@code {"graduation_strategy":"MANUAL"|"SS_PERFORMANCE"}} (trial reels, December 2025). */
    static JsonObject trialParams(String value) {
        JsonObject trial;
        try (var reader = Jsons.createReader(new StringReader(value))) {
            trial = reader.readObject();
        } catch (RuntimeException e) {
            throw PublishingError.param("Param trial_params must be a JSON object").exception();
        }
        String strategy = trial.getString("graduation_strategy", "");
        if (!strategy.equals("MANUAL") && !strategy.equals("SS_PERFORMANCE")) {
            throw PublishingError.param("Param trial_params[graduation_strategy] must be one of {MANUAL, SS_PERFORMANCE}")
                    .exception();
        }
        return trial;
    }

    static List<String> children(String value) {
        if (value == null) {
            throw PublishingError.param("The parameter children is required.").exception();
        }
        List<String> ids = list(value);
        if (ids.size() < MIN_CHILDREN || ids.size() > MAX_CHILDREN) {
            throw PublishingError.carouselSize(ids.size()).exception();
        }
        for (String id : ids) {
            if (!DIGITS.matcher(id).matches()) {
                throw PublishingError.param("Param children[" + ids.indexOf(id) + "] must be a valid container ID").exception();
            }
        }
        return ids;
    }

    /** {@code a,b} or {@code ["a","b"]}, as Graph accepts lists. */
    static List<String> list(String value) {
        String v = value.trim();
        List<String> out = new ArrayList<>();
        if (v.startsWith("[")) {
            for (JsonValue item : jsonArray(v, "list")) {
                out.add(item instanceof jakarta.json.JsonString s ? s.getString().trim() : item.toString());
            }
        } else {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    static void httpUrl(String value, String name) {
        try {
            URI uri = URI.create(value.trim());
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // falls through to Meta's answer for media it cannot download
        }
        throw PublishingError.fetchFailed(value).exception();
    }

    private static String source(String kind, String imageUrl, String videoUrl, boolean resumable) {
        if (resumable && videoUrl != null) {
            throw PublishingError.invalidParameter("video_url cannot be combined with upload_type=resumable; send the"
                    + " file (or a file_url header) to the upload URI instead.").exception();
        }
        switch (kind) {
            case ContainerDraft.IMAGE -> {
                require(imageUrl, "image_url");
                httpUrl(imageUrl, "image_url");
                return imageUrl;
            }
            case ContainerDraft.VIDEO, ContainerDraft.REELS -> {
                if (!resumable) {
                    require(videoUrl, "video_url");
                    httpUrl(videoUrl, "video_url");
                }
                return videoUrl;
            }
            case ContainerDraft.STORIES -> {
                int given = (imageUrl != null ? 1 : 0) + (videoUrl != null ? 1 : 0) + (resumable ? 1 : 0);
                if (given != 1) {
                    throw PublishingError.param("A story needs exactly one of image_url, video_url or upload_type=resumable")
                            .exception();
                }
                if (resumable) {
                    return null;
                }
                String url = imageUrl != null ? imageUrl : videoUrl;
                httpUrl(url, imageUrl != null ? "image_url" : "video_url");
                return url;
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean resumable(String uploadType) {
        if (uploadType == null) {
            return false;
        }
        if (!uploadType.equals("resumable")) {
            throw PublishingError.param("Param upload_type must be one of {resumable}").exception();
        }
        return true;
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw PublishingError.param("The parameter " + name + " is required.").exception();
        }
    }

    private static boolean bool(GraphParameters p, String name, boolean fallback) {
        String v = p.get(name);
        if (v == null) {
            return fallback;
        }
        if (v.equalsIgnoreCase("true") || v.equals("1")) {
            return true;
        }
        if (v.equalsIgnoreCase("false") || v.equals("0")) {
            return false;
        }
        throw PublishingError.param("Param " + name + " must be a boolean").exception();
    }

    private static JsonArray jsonArray(String value, String name) {
        try (var reader = Jsons.createReader(new StringReader(value))) {
            return reader.readArray();
        } catch (RuntimeException e) {
            throw PublishingError.param("Param " + name + " must be a JSON array").exception();
        }
    }

    private static boolean coordinate(JsonObject tag, String name) {
        return tag.get(name) instanceof jakarta.json.JsonNumber n && n.doubleValue() >= 0 && n.doubleValue() <= 1;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String describe(String kind, boolean item) {
        return switch (kind) {
            case ContainerDraft.IMAGE -> item ? "carousel image items" : "single images";
            case ContainerDraft.VIDEO -> item ? "carousel video items" : "media_type=VIDEO";
            default -> "media_type=" + kind;
        };
    }
}
