package io.igstudio.sandbox.media;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.graph.FieldSelection;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * An IG Media node in Graph JSON, field by field as selected
 * (https://developers.facebook.com/docs/instagram-platform/reference/instagram-media). Pictures and videos
 * are served by the sandbox itself: {@code /sandbox/meta/assets/media/{id}.svg} and {@code .mp4}. As on
 * Meta, a carousel's {@code media_url} is its first child's, videos carry a {@code thumbnail_url}, children
 * have no likes, comments or caption, and fields without a value are left out.
 */
public final class MediaJson {

    static final Set<String> FIELDS = Set.of("id", "ig_id", "caption", "comments_count", "is_comment_enabled",
            "is_shared_to_feed", "like_count", "media_product_type", "media_type", "media_url", "owner", "permalink",
            "shortcode", "thumbnail_url", "timestamp", "username", "children");
    /** The node type Meta names in "Tried accessing nonexisting field" errors about IG Media. */
    static final String NODE_TYPE = "ShadowIGMedia";
    /** Meta writes {@code 2026-11-20T09:05:31+0000}. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
            .withZone(ZoneOffset.UTC);

    private MediaJson() {
    }

    /**
     * @param children gives a carousel's children; asked only when the answer needs them
     */
    public static JsonObject of(SandboxMedia m, FieldSelection requested, String username, String baseUrl,
            Function<SandboxMedia, List<SandboxMedia>> children) {
        FieldSelection fields = requested.orDefaults("id");
        fields.requireKnown(FIELDS, NODE_TYPE);
        JsonObjectBuilder json = Json.createObjectBuilder();
        boolean counted = !m.isChild();
        for (String f : fields.names()) {
            switch (f) {
                case "id" -> json.add(f, m.id());
                case "ig_id" -> json.add(f, igId(m));
                case "caption" -> {
                    if (m.caption() != null) {
                        json.add(f, m.caption());
                    }
                }
                case "comments_count" -> addIf(json, f, counted, m.commentsCount());
                case "like_count" -> addIf(json, f, counted, m.likeCount());
                case "is_comment_enabled" -> {
                    if (counted && !m.isStory()) {
                        json.add(f, true);
                    }
                }
                case "is_shared_to_feed" -> {
                    if (m.isReel()) {
                        json.add(f, true);
                    }
                }
                case "media_product_type" -> json.add(f, m.productType());
                case "media_type" -> json.add(f, m.mediaType());
                case "media_url" -> json.add(f, m.isCarousel() ? firstChildUrl(m, baseUrl, children) : mediaUrl(m, baseUrl));
                case "thumbnail_url" -> {
                    if (m.isVideo()) {
                        json.add(f, pictureUrl(m.id(), baseUrl));
                    }
                }
                case "owner" -> json.add(f, Json.createObjectBuilder().add("id", m.igUserId()));
                case "permalink" -> json.add(f, permalink(m, username));
                case "shortcode" -> json.add(f, m.shortcode());
                case "timestamp" -> json.add(f, TIMESTAMP.format(m.takenAt()));
                case "username" -> json.add(f, username);
                case "children" -> {
                    if (m.isCarousel()) {
                        json.add(f, children(children.apply(m), fields.sub(f), username, baseUrl));
                    }
                }
                default -> { }
            }
        }
        return json.build();
    }

    /** The {@code children} edge: {@code {"data":[...]}}, without paging, as Meta answers it. */
    public static JsonObject children(List<SandboxMedia> items, FieldSelection fields, String username, String baseUrl) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        items.forEach(child -> data.add(of(child, fields, username, baseUrl, c -> List.of())));
        return Json.createObjectBuilder().add("data", data).build();
    }

    static String mediaUrl(SandboxMedia m, String baseUrl) {
        return m.isVideo() ? assets(baseUrl) + m.id() + ".mp4" : pictureUrl(m.id(), baseUrl);
    }

    static String pictureUrl(String id, String baseUrl) {
        return assets(baseUrl) + id + ".svg";
    }

    /** Feed posts at /p/, reels at /reel/, stories at /stories/{username}/{ig_id} as Meta's permalinks are. */
    static String permalink(SandboxMedia m, String username) {
        if (m.isStory()) {
            return "https://instagram.com/stories/" + username + "/" + igId(m);
        }
        return "https://www.instagram.com/" + (m.isReel() ? "reel/" : "p/") + m.shortcode() + "/";
    }

    /** A 19-digit number like Meta's {@code ig_id}, derived from the media id. */
    static String igId(SandboxMedia m) {
        return "3" + m.id().substring(m.id().length() - 15) + "000";
    }

    private static String firstChildUrl(SandboxMedia album, String baseUrl,
            Function<SandboxMedia, List<SandboxMedia>> children) {
        List<SandboxMedia> items = children.apply(album);
        return items.isEmpty() ? pictureUrl(album.id(), baseUrl) : mediaUrl(items.get(0), baseUrl);
    }

    private static String assets(String baseUrl) {
        return baseUrl + MetaPlatform.SANDBOX_PATH + "/assets/media/";
    }

    private static void addIf(JsonObjectBuilder json, String field, boolean present, long value) {
        if (present) {
            json.add(field, value);
        }
    }
}
