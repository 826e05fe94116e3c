package io.igstudio.sandbox.comments;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.control.SandboxClock;
import io.igstudio.sandbox.graph.FieldSelection;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.graph.GraphNodes;
import io.igstudio.sandbox.graph.GraphParameters;
import io.igstudio.sandbox.graph.PageListing;
import io.igstudio.sandbox.graph.Paging;
import io.igstudio.sandbox.media.MediaStore;
import io.igstudio.sandbox.media.SandboxMedia;
import io.igstudio.sandbox.oauth.ResolvedToken;
import io.igstudio.sandbox.publishing.PublishingAccess;
import io.igstudio.sandbox.store.InstagramAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The comment moderation endpoints (https://developers.facebook.com/docs/instagram-platform/comment-moderation):
 * {@code GET|POST /{ig-media-id}/comments} (.../reference/ig-media/comments), {@code GET|POST /{ig-comment-id}/replies}
 * (.../reference/ig-comment/replies), {@code GET|POST|DELETE /{ig-comment-id}} (.../reference/ig-comment) and the
 * private reply {@code POST /{ig-user-id}/messages} (https://developers.facebook.com/docs/instagram-platform/private-replies).
 * Every call needs {@code instagram_basic}, {@code instagram_manage_comments} and {@code pages_read_engagement}
 * on the account owning the media (IG Comment reference, "Requirements"), checked by {@link PublishingAccess}.
 */
@ApplicationScoped
public class SandboxComments {

    /** IG Comment fields (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment). */
    static final Set<String> FIELDS = Set.of("id", "text", "timestamp", "username", "from", "hidden", "like_count",
            "parent_id", "media", "replies", "user", "legacy_instagram_comment_id");
    /** What the edge answers without {@code fields}: the comment moderation guide's sample shows these three. */
    static final String DEFAULTS = "timestamp,text,id";
    /** Meta writes {@code 2017-08-31T18:10:30+0000}. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").withZone(ZoneOffset.UTC);
    /** "Private replies can be sent within 7 days of when the comment was created" (private replies guide). */
    static final Duration PRIVATE_REPLY_WINDOW = Duration.ofDays(7);
    static final List<String> MESSAGING = List.of("instagram_basic", "instagram_manage_messages");

    @Inject
    CommentStore store;

    @Inject
    MediaStore media;

    @Inject
    PublishingAccess access;

    @Inject
    SandboxClock clock;

    @Inject
    MetaPlatform meta;

    /** {@code GET /{ig-media-id}/comments}; empty when the id is no media. */
    public Optional<JsonObject> mediaComments(String mediaId, GraphParameters params, ResolvedToken token,
            String edgeUrl, Map<String, List<String>> query, HttpServletRequest servlet) {
        Optional<SandboxMedia> found = media.find(mediaId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        access.admit(found.get().igUserId(), mediaId, "get", PublishingAccess.COMMENTS, token, servlet);
        store.ensureThread(found.get());
        FieldSelection fields = params.fields().orDefaults(DEFAULTS);
        fields.requireKnown(FIELDS, "IGComment");
        Paging window = Paging.window(store.countTopLevel(mediaId), params.get("limit"), params.get("after"),
                params.get("before"));
        return Optional.of(PageListing.ofWindow(store.topLevel(mediaId, window.from(), window.to()), window,
                c -> json(c, fields), edgeUrl, query));
    }

    /**
     * {@code comments{…}} expanded on the media node ({@code GET /{ig-media-id}?fields=is_comment_enabled,comments.limit(n){…}},
     * field expansion: https://developers.facebook.com/docs/graph-api/guides/field-expansion): the first page, or
     * the page after the {@code .after()} cursor, with the same permission check as the edge.
     */
    public JsonObject expanded(SandboxMedia m, FieldSelection mediaFields, ResolvedToken token,
            HttpServletRequest servlet) {
        access.admit(m.igUserId(), m.id(), "get", PublishingAccess.COMMENTS, token, servlet);
        store.ensureThread(m);
        FieldSelection fields = mediaFields.sub("comments").orDefaults(DEFAULTS);
        fields.requireKnown(FIELDS, "IGComment");
        Paging window = Paging.window(store.countTopLevel(m.id()), mediaFields.limit("comments"),
                mediaFields.modifier("comments", "after"), mediaFields.modifier("comments", "before"));
        String edgeUrl = meta.baseUrl() + MetaPlatform.SANDBOX_PATH + "/" + meta.apiVersion() + "/" + m.id() + "/comments";
        return PageListing.ofWindow(store.topLevel(m.id(), window.from(), window.to()), window, c -> json(c, fields),
                edgeUrl, Map.of("fields", List.of(fields.toString())));
    }

    /** {@code GET /{ig-comment-id}/replies}; empty when the id is no comment. */
    public Optional<JsonObject> replies(String commentId, GraphParameters params, ResolvedToken token, String edgeUrl,
            Map<String, List<String>> query, HttpServletRequest servlet) {
        Optional<SandboxComment> found = store.find(commentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        access.admit(found.get().igUserId(), commentId, "get", PublishingAccess.COMMENTS, token, servlet);
        FieldSelection fields = params.fields().orDefaults(DEFAULTS);
        fields.requireKnown(FIELDS, "IGComment");
        Paging window = Paging.window(store.countReplies(commentId), params.get("limit"), params.get("after"),
                params.get("before"));
        return Optional.of(PageListing.ofWindow(store.replies(commentId, window.from(), window.to()), window,
                c -> json(c, fields), edgeUrl, query));
    }

    /** {@code POST /{ig-media-id}/comments?message=}: a comment by the account itself. */
    public Optional<JsonObject> comment(String mediaId, GraphParameters params, ResolvedToken token,
            HttpServletRequest servlet) {
        Optional<SandboxMedia> found = media.find(mediaId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SandboxMedia m = found.get();
        InstagramAccount account = access.admit(m.igUserId(), mediaId, "post", PublishingAccess.COMMENTS, token, servlet);
        String message = message(params);
        if (!m.commentEnabled()) {
            throw CommentErrors.commentsDisabled().exception();
        }
        SandboxComment c = store.add(m, null, account.id(), account.username(), message);
        return Optional.of(Jsons.createObjectBuilder().add("id", c.id()).build());
    }

    /**
     * {@code POST /{ig-comment-id}/replies?message=}. "You can only reply to top-level comments; replies to a reply
     * will be added to the top-level comment. You cannot reply to hidden comments." (IG Comment Replies reference)
     */
    public Optional<JsonObject> reply(String commentId, GraphParameters params, ResolvedToken token,
            HttpServletRequest servlet) {
        Optional<SandboxComment> found = store.find(commentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SandboxComment c = found.get();
        InstagramAccount account = access.admit(c.igUserId(), commentId, "post", PublishingAccess.COMMENTS, token, servlet);
        String message = message(params);
        SandboxComment top = c.isReply() ? store.find(c.parentId()).orElse(c) : c;
        if (c.hidden() || top.hidden()) {
            throw CommentErrors.hiddenComment().exception();
        }
        SandboxMedia m = media.find(c.mediaId()).orElseThrow(() -> GraphError.unsupportedMethod("post", commentId).exception());
        if (!m.commentEnabled()) {
            throw CommentErrors.commentsDisabled().exception();
        }
        SandboxComment reply = store.add(m, top.id(), account.id(), account.username(), message);
        return Optional.of(Jsons.createObjectBuilder().add("id", reply.id()).build());
    }

    /** {@code GET /{ig-comment-id}}. */
    public Optional<JsonObject> node(String commentId, FieldSelection requested, ResolvedToken token,
            HttpServletRequest servlet) {
        Optional<SandboxComment> found = store.find(commentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        access.admit(found.get().igUserId(), commentId, "get", PublishingAccess.COMMENTS, token, servlet);
        FieldSelection fields = requested.orDefaults(DEFAULTS);
        fields.requireKnown(FIELDS, "IGComment");
        return Optional.of(json(found.get(), fields));
    }

    /** {@code POST /{ig-comment-id}?hide=true|false} (IG Comment reference, "Updating"). */
    public Optional<JsonObject> update(String commentId, GraphParameters params, ResolvedToken token,
            HttpServletRequest servlet) {
        Optional<SandboxComment> found = store.find(commentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        access.admit(found.get().igUserId(), commentId, "post", PublishingAccess.COMMENTS, token, servlet);
        String hide = params.get("hide");
        if (hide == null) {
            throw GraphError.invalidParameter("The parameter hide is required").exception();
        }
        if (!hide.equalsIgnoreCase("true") && !hide.equalsIgnoreCase("false")) {
            throw GraphError.invalidParameter("Param hide must be a boolean").exception();
        }
        store.setHidden(commentId, Boolean.parseBoolean(hide.toLowerCase()));
        return Optional.of(Jsons.createObjectBuilder().add("success", true).build());
    }

    /** {@code DELETE /{ig-comment-id}} (IG Comment reference, "Deleting"): the comment with its replies. */
    public Optional<JsonObject> delete(String commentId, ResolvedToken token, HttpServletRequest servlet) {
        Optional<SandboxComment> found = store.find(commentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        access.admit(found.get().igUserId(), commentId, "delete", PublishingAccess.COMMENTS, token, servlet);
        store.delete(commentId);
        return Optional.of(Jsons.createObjectBuilder().add("success", true).build());
    }

    /**
     * {@code POST /{ig-user-id}/messages} with {@code recipient={"comment_id":…}}: one private reply per comment,
     * within 7 days of the comment's creation, with {@code instagram_manage_messages}.
     */
    public JsonObject privateReply(String igUserId, GraphParameters params, ResolvedToken token,
            HttpServletRequest servlet) {
        access.admit(igUserId, igUserId, "post", MESSAGING, token, servlet);
        String recipient = params.get("recipient");
        if (recipient == null) {
            throw CommentErrors.recipientRequired().exception();
        }
        String commentId = field(recipient, "comment_id");
        String text = params.get("message") == null ? null : field(params.get("message"), "text");
        if (commentId == null) {
            throw GraphError.invalidParameter("recipient must have a comment_id").exception();
        }
        if (text == null || text.isBlank()) {
            throw GraphError.invalidParameter("message must have a text").exception();
        }
        SandboxComment c = store.find(commentId).filter(x -> x.igUserId().equals(igUserId))
                .orElseThrow(() -> GraphError.invalidParameter("No matching comment for the recipient").exception());
        var now = clock.now();
        if (c.createdAt().plus(PRIVATE_REPLY_WINDOW).isBefore(now)) {
            throw CommentErrors.outsideWindow().exception();
        }
        if (c.privateReplyAt() != null || !store.markPrivateReply(commentId, now)) {
            throw CommentErrors.alreadyReplied().exception();
        }
        return Jsons.createObjectBuilder().add("recipient_id", c.fromId())
                .add("message_id", "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOj" + commentId).build();
    }

    private static String field(String json, String name) {
        try (var reader = Jsons.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            JsonValue v = o.get(name);
            return v == null ? null : v.getValueType() == JsonValue.ValueType.STRING ? o.getString(name) : v.toString();
        } catch (RuntimeException e) {
            throw GraphError.invalidParameter("Invalid JSON for the parameter").exception();
        }
    }

    private static String message(GraphParameters params) {
        String message = params.get("message");
        if (message == null || message.isBlank()) {
            throw CommentErrors.messageRequired().exception();
        }
        if (message.length() > 2200) {
            throw GraphError.invalidParameter("The comment is too long").exception();
        }
        return message;
    }

    JsonObject json(SandboxComment c, FieldSelection fields) {
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        for (String f : fields.names()) {
            switch (f) {
                case "id" -> json.add(f, c.id());
                case "text" -> json.add(f, c.text());
                case "timestamp" -> json.add(f, TIMESTAMP.format(c.createdAt()));
                case "username" -> json.add(f, c.username());
                case "from" -> json.add(f, Jsons.createObjectBuilder().add("id", c.fromId()).add("username", c.username()));
                case "hidden" -> json.add(f, c.hidden());
                case "like_count" -> json.add(f, c.likeCount());
                case "parent_id" -> {
                    if (c.parentId() != null) {
                        json.add(f, c.parentId());
                    }
                }
                case "media" -> json.add(f, Jsons.createObjectBuilder().add("id", c.mediaId()));
                // "user": only for comments made by the app user's own account
                case "user" -> {
                    if (c.fromId().equals(c.igUserId())) {
                        json.add(f, Jsons.createObjectBuilder().add("id", c.fromId()));
                    }
                }
                case "legacy_instagram_comment_id" -> json.add(f, c.id());
                case "replies" -> {
                    if (!c.isReply()) {
                        json.add(f, expandedReplies(c, fields));
                    }
                }
                default -> { }
            }
        }
        return GraphNodes.withId(json, fields, c.id());
    }

    /** {@code replies{…}} (with {@code .limit(n)}) expanded on a comment: the first page, paging as on the edge. */
    private JsonObject expandedReplies(SandboxComment c, FieldSelection fields) {
        FieldSelection sub = fields.sub("replies").orDefaults(DEFAULTS);
        sub.requireKnown(FIELDS, "IGComment");
        Paging window = Paging.window(store.countReplies(c.id()), fields.limit("replies"), null, null);
        String edgeUrl = meta.baseUrl() + MetaPlatform.SANDBOX_PATH + "/" + meta.apiVersion() + "/" + c.id() + "/replies";
        return PageListing.ofWindow(store.replies(c.id(), window.from(), window.to()), window, r -> json(r, sub),
                edgeUrl, Map.of("fields", List.of(sub.toString())));
    }
}
