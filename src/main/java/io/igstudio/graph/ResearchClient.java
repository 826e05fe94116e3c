package io.igstudio.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The research half of the Graph client: hashtag ids and media, tags, mentions and Business Discovery. Every call
 * passes {@link GraphClient#call} (rate-limit books, usage headers, typed errors, the {@code igstudio_graph_calls}
 * metric). The hashtag search itself is never retried here: a repeat could spend one of the account's 30 weekly
 * hashtags twice in Meta's count if the first answer was lost (the caller records the search first).
 */
@ApplicationScoped
public class ResearchClient {

    /** Fields Meta allows on hashtag media: no username (IG Hashtag Top Media / Recent Media, "Limitations"). */
    static final String HASHTAG_MEDIA_FIELDS = "id,media_type,media_product_type,caption,permalink,media_url,timestamp,"
            + "like_count,comments_count";
    static final String TAGGED_FIELDS = "id,username,media_type,media_product_type,caption,permalink,media_url,"
            + "timestamp,like_count,comments_count";
    static final String DISCOVERY_MEDIA_FIELDS = "id,media_type,media_product_type,caption,permalink,media_url,"
            + "timestamp,like_count,comments_count,view_count";
    /** Meta's page maximum on hashtag edges is 50; a screenful is enough. */
    public static final int HASHTAG_PAGE = 24;
    public static final int COMPARE_POSTS = 12;
    /** Instagram usernames: letters, digits, periods and underscores, at most 30. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._]{1,30}");
    private static final Pattern HASHTAG = Pattern.compile("[\\p{L}\\p{N}_]{1,100}");

    @Inject
    GraphClient graph;

    @Inject
    MetaPlatform meta;

    @Inject
    GraphApis apis;

    private volatile ResearchApi api;

    ResearchApi api() {
        if (api == null) {
            api = apis.build(ResearchApi.class, 30);
        }
        return api;
    }

    /** {@code GET /ig_hashtag_search?user_id=&q=}: the hashtag's id, empty when Meta knows no such hashtag. */
    public Optional<String> hashtagId(String igUserId, String token, String name) {
        if (!isHashtag(name)) {
            throw new IllegalArgumentException("Not a hashtag name");
        }
        JsonObject body = graph.call(GraphIds.segment(igUserId), GraphUsage.Urgency.INTERACTIVE,
                () -> api().hashtagSearch(igUserId, name, bearer(token), proof(token)));
        return objects(body.get("data")).stream().map(o -> o.getString("id", null)).filter(GraphIds::isValid).findFirst();
    }

    /** {@code top_media} or (recent) {@code recent_media} of a hashtag, for the account that searched it. */
    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public List<ResearchPost> hashtagMedia(String igUserId, String token, String hashtagId, boolean recent) {
        GraphIds.segment(hashtagId);
        JsonObject body = graph.call(GraphIds.segment(igUserId), GraphUsage.Urgency.INTERACTIVE,
                () -> api().hashtagMedia(hashtagId, recent ? "recent_media" : "top_media", igUserId,
                        HASHTAG_MEDIA_FIELDS, HASHTAG_PAGE, bearer(token), proof(token)));
        return posts(body);
    }

    /** {@code GET /{ig-user-id}/tags}: posts by others in which the account is tagged, and the next cursor. */
    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public Tagged tags(String igUserId, String token, String after) {
        JsonObject body = graph.call(GraphIds.segment(igUserId), GraphUsage.Urgency.INTERACTIVE,
                () -> api().tags(igUserId, GraphClient.fields(TAGGED_FIELDS), HASHTAG_PAGE, after, bearer(token), proof(token)));
        return new Tagged(posts(body), GraphParsing.nextCursor(body).orElse(null));
    }

    public record Tagged(List<ResearchPost> posts, String nextCursor) {
    }

    /** {@code business_discovery.username(NAME){...}} on the person's own account. */
    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public PublicAccount discover(String igUserId, String token, String username) {
        return discover(igUserId, token, username, GraphUsage.Urgency.INTERACTIVE);
    }

    /** The daily snapshot asks in the background: it gives way to people's own pages in the rate-limit books. */
    public PublicAccount discoverInBackground(String igUserId, String token, String username) {
        return discover(igUserId, token, username, GraphUsage.Urgency.BACKGROUND);
    }

    private PublicAccount discover(String igUserId, String token, String username, GraphUsage.Urgency urgency) {
        if (!isUsername(username)) {
            throw new IllegalArgumentException("Not an Instagram username");
        }
        String fields = "business_discovery.username(" + username + "){id,username,name,biography,profile_picture_url,"
                + "followers_count,follows_count,media_count,media.limit(" + COMPARE_POSTS + "){" + DISCOVERY_MEDIA_FIELDS + "}}";
        JsonObject body = graph.call(GraphIds.segment(igUserId), urgency,
                () -> api().node(igUserId, GraphClient.fields(fields), bearer(token), proof(token)));
        JsonObject d = body.getJsonObject("business_discovery");
        if (d == null) {
            throw new GraphException(200, 0, null, "Meta's answer has no business_discovery", null);
        }
        List<ResearchPost> recent = d.get("media") instanceof JsonObject m ? posts(m) : List.of();
        return new PublicAccount(d.getString("id", ""), d.getString("username", username), d.getString("name", null),
                d.getString("biography", null), d.getString("profile_picture_url", null), number(d, "followers_count"),
                number(d, "follows_count"), number(d, "media_count"), recent);
    }

    /** {@code mentioned_media.media_id(ID){...}}: the post whose caption mentions the account. */
    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public ResearchPost mentionedMedia(String igUserId, String token, String mediaId) {
        GraphIds.segment(mediaId);
        String fields = "mentioned_media.media_id(" + mediaId + "){" + TAGGED_FIELDS + "}";
        JsonObject body = graph.call(GraphIds.segment(igUserId), GraphUsage.Urgency.INTERACTIVE,
                () -> api().node(igUserId, GraphClient.fields(fields), bearer(token), proof(token)));
        return post(body.getJsonObject("mentioned_media"));
    }

    /** {@code mentioned_comment.comment_id(ID){...}}: the comment mentioning the account, with its post. */
    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public MentionedComment mentionedComment(String igUserId, String token, String commentId) {
        GraphIds.segment(commentId);
        String fields = "mentioned_comment.comment_id(" + commentId + "){id,text,timestamp,media{" + TAGGED_FIELDS + "}}";
        JsonObject body = graph.call(GraphIds.segment(igUserId), GraphUsage.Urgency.INTERACTIVE,
                () -> api().node(igUserId, GraphClient.fields(fields), bearer(token), proof(token)));
        JsonObject c = body.getJsonObject("mentioned_comment");
        return new MentionedComment(c.getString("id", commentId), c.getString("text", ""),
                GraphParsing.timestamp(c.getString("timestamp", null)),
                c.get("media") instanceof JsonObject m ? post(m) : null);
    }

    /**
     * {@code POST /{ig-user-id}/mentions}: a comment on the post that mentions the account, or (with
     * {@code commentId}) a reply to the mentioning comment. Not retried: a lost answer must not comment twice.
     */
    public String replyToMention(String igUserId, String token, String mediaId, String commentId, String message) {
        Form form = new Form().param("media_id", GraphIds.segment(mediaId)).param("message", message);
        if (commentId != null) {
            form.param("comment_id", GraphIds.segment(commentId));
        }
        JsonObject body = graph.call(GraphIds.segment(igUserId), GraphUsage.Urgency.INTERACTIVE,
                () -> api().replyToMention(igUserId, form, bearer(token), proof(token)));
        return body.getString("id", null);
    }

    public static boolean isUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public static boolean isHashtag(String name) {
        return name != null && HASHTAG.matcher(name).matches();
    }

    static List<ResearchPost> posts(JsonObject body) {
        return objects(body.get("data")).stream().map(ResearchClient::post).toList();
    }

    static ResearchPost post(JsonObject m) {
        return new ResearchPost(m.getString("id"), m.getString("username", null), m.getString("media_type", null),
                m.getString("media_product_type", null), m.getString("caption", null), m.getString("permalink", null),
                m.getString("media_url", null), GraphParsing.timestamp(m.getString("timestamp", null)),
                number(m, "like_count"), number(m, "comments_count"),
                m.getJsonNumber("view_count") == null ? -1 : m.getJsonNumber("view_count").longValue());
    }

    private static long number(JsonObject o, String key) {
        return o.getJsonNumber(key) == null ? 0 : o.getJsonNumber(key).longValue();
    }

    private static List<JsonObject> objects(JsonValue value) {
        List<JsonObject> list = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonObject o) {
                    list.add(o);
                }
            }
        }
        return list;
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private String proof(String token) {
        return AppSecretProof.of(token, meta.appSecret());
    }
}
