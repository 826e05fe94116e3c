package io.igstudio.sandbox.research;

import io.igstudio.sandbox.graph.FieldSelection;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * A post of another account as research endpoints show it: hashtag media, media the account is tagged in, media
 * of a Business Discovery target, a post that mentions the account. Which fields may be asked depends on the
 * endpoint ({@link #json}): hashtag media have no {@code username}.
 */
public record ResearchMedia(String id, String ownerId, String ownerUsername, String mediaType, String productType,
        String shortcode, String caption, Instant timestamp, long likeCount, long commentsCount, long viewCount) {

    static final String NODE_TYPE = "ShadowIGMedia";
    private static final DateTimeFormatter META_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
            .withZone(ZoneOffset.UTC);

    /**
     * Hashtag media fields (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-hashtag/top-media
     * and .../recent-media, "Fields"): no {@code username} ("You cannot request the username field on returned media
     * objects").
     */
    static final Set<String> HASHTAG_FIELDS = Set.of("id", "caption", "children", "comments_count", "like_count",
            "media_type", "media_product_type", "media_url", "permalink", "timestamp");
    /** Public IG Media fields another account's post shows on /tags, business_discovery and mentioned_media. */
    static final Set<String> PUBLIC_FIELDS = Set.of("id", "caption", "children", "comments_count", "like_count",
            "media_type", "media_product_type", "media_url", "permalink", "timestamp", "username", "view_count");

    /** The requested fields (default {@code id}); a field outside {@code allowed} is Meta's nonexisting-field error. */
    JsonObject json(FieldSelection requested, Set<String> allowed, String baseUrl) {
        FieldSelection fields = requested.orDefaults("id");
        fields.requireKnown(allowed, NODE_TYPE);
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        for (String f : fields.names()) {
            switch (f) {
                case "id" -> json.add(f, id);
                case "caption" -> json.add(f, caption);
                case "comments_count" -> json.add(f, commentsCount);
                case "like_count" -> json.add(f, likeCount);
                case "view_count" -> json.add(f, viewCount);
                case "media_type" -> json.add(f, mediaType);
                case "media_product_type" -> json.add(f, productType);
                case "media_url" -> json.add(f, baseUrl + "/sandbox/meta/assets/avatar/" + ownerUsername + ".svg");
                case "permalink" -> json.add(f, "https://www.instagram.com/" + ("REELS".equals(productType) ? "reel/" : "p/")
                        + shortcode + "/");
                case "timestamp" -> json.add(f, META_TIME.format(timestamp));
                case "username" -> json.add(f, ownerUsername);
                default -> { } // children: these posts are single photos and reels
            }
        }
        if (!fields.has("id")) {
            json.add("id", id);
        }
        return json.build();
    }

    static RuntimeException unknownField(String field) {
        return GraphError.nonexistingField(field, NODE_TYPE).exception();
    }
}
