package io.igstudio.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Form;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The comments half of the Graph client: a post's thread in one call (the media node with {@code comments}
 * and their {@code replies} expanded), further pages, reply, comment, hide, delete, comments on/off and the
 * private reply. Every call passes {@link GraphClient#call}; reads are retried when transient, writes are not
 * (a repeated reply would be a second reply). The caller says how urgent a read is: the thread a person opens
 * is {@link GraphUsage.Urgency#INTERACTIVE}, the polling timer's reads {@link GraphUsage.Urgency#BACKGROUND}.
 */
@ApplicationScoped
public class CommentsClient {

    /** Largest page we ask for; Meta's comments edge pages like every edge (cursor, {@code limit}). */
    public static final int PAGE_SIZE = 50;
    static final String COMMENT_FIELDS = "id,text,timestamp,username,from{id,username},hidden,like_count,parent_id";
    static final String THREAD_FIELDS = COMMENT_FIELDS + ",replies.limit(" + PAGE_SIZE + "){" + COMMENT_FIELDS + "}";
    /** The thread of a post in one call: field expansion of the comments edge on the media node. */
    static final String MEDIA_THREAD_FIELDS = "id,is_comment_enabled,comments_count,comments.limit(" + PAGE_SIZE + "){"
            + THREAD_FIELDS + "}";

    @Inject
    GraphClient graph;

    @Inject
    MetaPlatform meta;

    @Inject
    GraphApis apis;

    private volatile CommentsApi api;

    CommentsApi api() {
        if (api == null) {
            api = apis.build(CommentsApi.class, 30);
        }
        return api;
    }

    /** The post's thread: comments on or off, and its newest comments with their replies (one call). */
    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public CommentThread thread(String igUserId, String token, String mediaId, GraphUsage.Urgency urgency) {
        GraphIds.segment(igUserId);
        GraphIds.segment(mediaId);
        JsonObject body = graph.call(igUserId, urgency, () -> api().node(mediaId,
                GraphClient.fields(MEDIA_THREAD_FIELDS), bearer(token), proof(token)));
        CommentPage page = body.get("comments") instanceof JsonObject c ? GraphComments.page(c, mediaId)
                : new CommentPage(java.util.List.of(), null);
        return new CommentThread(mediaId, body.getBoolean("is_comment_enabled", true),
                body.getJsonNumber("comments_count") == null ? 0 : body.getJsonNumber("comments_count").longValue(), page);
    }

    /** The page of a post's comments after {@code after} (newest first), with their first replies. */
    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public CommentPage comments(String igUserId, String token, String mediaId, String after, GraphUsage.Urgency urgency) {
        GraphIds.segment(igUserId);
        return GraphComments.page(graph.call(igUserId, urgency, () -> api().list(GraphIds.segment(mediaId), "comments",
                GraphClient.fields(THREAD_FIELDS), PAGE_SIZE, after, bearer(token), proof(token))), mediaId);
    }

    /** A post of the account and Meta's count of its comments, for the polling timer to see which threads changed. */
    public record RecentPost(String mediaId, long commentsCount) {
    }

    /** The account's newest posts with their comment counts ({@code GET /{ig-user-id}/media}), a background read. */
    public java.util.List<RecentPost> recentPosts(String igUserId, String token, int limit) {
        GraphIds.segment(igUserId);
        JsonObject body = graph.call(igUserId, GraphUsage.Urgency.BACKGROUND, () -> api().list(igUserId, "media",
                "id,comments_count", limit, null, bearer(token), proof(token)));
        java.util.List<RecentPost> posts = new java.util.ArrayList<>();
        if (body.get("data") instanceof jakarta.json.JsonArray data) {
            for (var v : data) {
                if (v instanceof JsonObject o && GraphIds.isValid(o.getString("id", null))) {
                    posts.add(new RecentPost(o.getString("id"), o.getJsonNumber("comments_count") == null ? 0
                            : o.getJsonNumber("comments_count").longValue()));
                }
            }
        }
        return posts;
    }

    /** {@code POST /{ig-comment-id}/replies?message=}: the reply's id. */
    public String reply(String igUserId, String token, String commentId, String message) {
        return create(igUserId, token, commentId, "replies", message);
    }

    /** {@code POST /{ig-media-id}/comments?message=}: the new comment's id. */
    public String comment(String igUserId, String token, String mediaId, String message) {
        return create(igUserId, token, mediaId, "comments", message);
    }

    private String create(String igUserId, String token, String nodeId, String edge, String message) {
        GraphIds.segment(igUserId);
        GraphIds.segment(nodeId);
        Form form = new Form().param("message", message);
        return GraphPublishing.id(graph.call(igUserId, GraphUsage.Urgency.INTERACTIVE,
                () -> api().create(nodeId, edge, form, bearer(token), proof(token))));
    }

    /** {@code POST /{ig-comment-id}?hide=true|false}. */
    public void hide(String igUserId, String token, String commentId, boolean hidden) {
        GraphIds.segment(igUserId);
        GraphIds.segment(commentId);
        Form form = new Form().param("hide", Boolean.toString(hidden));
        graph.call(igUserId, GraphUsage.Urgency.INTERACTIVE, () -> api().update(commentId, form, bearer(token), proof(token)));
    }

    /** {@code DELETE /{ig-comment-id}}. */
    public void delete(String igUserId, String token, String commentId) {
        GraphIds.segment(igUserId);
        GraphIds.segment(commentId);
        graph.call(igUserId, GraphUsage.Urgency.INTERACTIVE, () -> api().delete(commentId, bearer(token), proof(token)));
    }

    /** {@code POST /{ig-media-id}?comment_enabled=true|false} (read back as {@code is_comment_enabled}). */
    public void commentsEnabled(String igUserId, String token, String mediaId, boolean enabled) {
        GraphIds.segment(igUserId);
        GraphIds.segment(mediaId);
        Form form = new Form().param("comment_enabled", Boolean.toString(enabled));
        graph.call(igUserId, GraphUsage.Urgency.INTERACTIVE, () -> api().update(mediaId, form, bearer(token), proof(token)));
    }

    /**
     * A private reply to the comment's author: {@code POST /{ig-user-id}/messages} with
     * {@code {"recipient":{"comment_id"},"message":{"text"}}} (needs {@code instagram_manage_messages}; one per
     * comment, within 7 days of the comment: https://developers.facebook.com/docs/instagram-platform/private-replies).
     */
    public void privateReply(String igUserId, String token, String commentId, String text) {
        GraphIds.segment(igUserId);
        GraphIds.segment(commentId);
        String json = Jsons.createObjectBuilder()
                .add("recipient", Jsons.createObjectBuilder().add("comment_id", commentId))
                .add("message", Jsons.createObjectBuilder().add("text", text)).build().toString();
        graph.call(igUserId, GraphUsage.Urgency.INTERACTIVE, () -> api().message(igUserId, json, bearer(token), proof(token)));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private String proof(String token) {
        return AppSecretProof.of(token, meta.appSecret());
    }
}
