package io.igstudio.sandbox.media;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.graph.FieldSelection;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.graph.PageListing;
import io.igstudio.sandbox.graph.Paging;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
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
            "shortcode", "thumbnail_url", "timestamp", "username", "children", "legacy_instagram_media_id",
            "total_comments_count", "total_like_count");
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
        if (m.isChild() && !m.isVideo() && fields.names().contains("permalink")) {
            // "Some fields, such as permalink, cannot be used on photos within albums (children)"
            // (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/children);
            // a recorded video child still carries one (test resource ig_media_carousel.json)
            throw GraphError.nonexistingField("permalink", NODE_TYPE).exception();
        }
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        boolean counted = !m.isChild();
        for (String f : fields.names()) {
            switch (f) {
                case "id" -> json.add(f, m.id());
                case "ig_id" -> json.add(f, igId(m));
                // the id of the media for Marketing API calls of v21.0 and older
                case "legacy_instagram_media_id" -> json.add(f, igId(m) + "_" + m.igUserId().substring(5));
                case "caption" -> {
                    if (m.caption() != null) {
                        json.add(f, m.caption());
                    }
                }
                case "comments_count" -> addIf(json, f, counted, m.commentsCount());
                // "Use total_comments_count and total_like_count to get aggregated counts that include engagement
                // from ... promoted/boosted" media (IG Media reference, "Limitations"): sandbox media are never
                // promoted, so the totals equal the organic counts
                case "total_comments_count" -> addIf(json, f, counted, m.commentsCount());
                case "total_like_count" -> addIf(json, f, counted, m.likeCount());
                case "like_count" -> addIf(json, f, counted, m.likeCount());
                case "is_comment_enabled" -> {
                    if (counted && !m.isStory()) {
                        json.add(f, m.commentEnabled());
                    }
                }
                case "is_shared_to_feed" -> {
                    if (m.isReel()) {
                        json.add(f, m.sharedToFeed());
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
                case "owner" -> json.add(f, Jsons.createObjectBuilder().add("id", m.igUserId()));
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
        return io.igstudio.sandbox.graph.GraphNodes.withId(json, fields, m.id());
    }

    /**
     * {@code GET /{ig-media-id}/children}: without paging parameters {@code {"data":[...]}} and nothing else, as the
     * reference's sample response shows
     * (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/children).
     * The page documents no paging for this edge, and what Meta does with {@code limit} there is not documented;
     * the sandbox takes the stricter answer and honours {@code limit}, {@code after} and {@code before} as on every
     * cursor-paged edge (https://developers.facebook.com/docs/graph-api/results), so a client that asks for fewer
     * children than an album has must follow {@code paging.next} to see the rest.
     *
     * @param paging the request's {@code limit}, {@code after} and {@code before}, where given
     */
    public static JsonObject childrenEdge(List<SandboxMedia> items, FieldSelection fields, Map<String, String> paging,
            String username, String baseUrl, String edgeUrl, Map<String, List<String>> query) {
        if (paging.get("limit") == null && paging.get("after") == null && paging.get("before") == null) {
            return children(items, fields, username, baseUrl);
        }
        Paging window = Paging.window(items.size(), paging.get("limit"), paging.get("after"), paging.get("before"));
        return PageListing.of(items, window, child -> of(child, fields, username, baseUrl, c -> List.of()), edgeUrl, query);
    }

    /** The {@code children} edge: {@code {"data":[...]}}, without paging, as Meta answers it. */
    public static JsonObject children(List<SandboxMedia> items, FieldSelection fields, String username, String baseUrl) {
        JsonArrayBuilder data = Jsons.createArrayBuilder();
        items.forEach(child -> data.add(of(child, fields, username, baseUrl, c -> List.of())));
        return Jsons.createObjectBuilder().add("data", data).build();
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
