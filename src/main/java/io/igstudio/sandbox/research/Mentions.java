package io.igstudio.sandbox.research;

import io.igstudio.sandbox.graph.FieldSelection;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.store.SandboxDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Captions and comments in which a seeded account was @mentioned ({@code sandbox_mention}), read through
 * {@code mentioned_media} and {@code mentioned_comment}, and replies to them ({@code POST /{ig-user-id}/mentions}).
 */
@ApplicationScoped
public class Mentions {

    private static final DateTimeFormatter META_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
            .withZone(ZoneOffset.UTC);

    @Inject
    SandboxDatabase db;

    record Mention(String mediaId, String commentId, String igUserId, String authorId, String authorUsername,
            String caption, String commentText, long likeCount, long commentsCount, boolean commentsOn, Instant createdAt) {

        ResearchMedia media() {
            return new ResearchMedia(mediaId, authorId, authorUsername, "IMAGE", "FEED", "M" + mediaId.substring(7),
                    caption, createdAt, likeCount, commentsCount, likeCount * 4);
        }
    }

    private static final String COLUMNS = "m.media_id, m.comment_id, m.ig_user_id, m.author_id, a.username, m.caption,"
            + " m.comment_text, m.like_count, m.comments_count, m.comments_on, m.created_at";

    Optional<Mention> inMedia(String igUserId, String mediaId) {
        return db.one("SELECT " + COLUMNS + " FROM sandbox_mention m JOIN sandbox_public_account a ON a.id = m.author_id"
                + " WHERE m.ig_user_id = ? AND m.media_id = ? AND m.comment_id IS NULL", Mentions::row, igUserId, mediaId);
    }

    Optional<Mention> inComment(String igUserId, String commentId) {
        return db.one("SELECT " + COLUMNS + " FROM sandbox_mention m JOIN sandbox_public_account a ON a.id = m.author_id"
                + " WHERE m.ig_user_id = ? AND m.comment_id = ?", Mentions::row, igUserId, commentId);
    }

    /** Keeps a new mention (by {@link MentionFeed}); read back like the seeded ones. */
    void add(Mention m) {
        db.update("INSERT INTO sandbox_mention (media_id, comment_id, ig_user_id, author_id, caption, comment_text,"
                        + " like_count, comments_count, comments_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.mediaId(), m.commentId(), m.igUserId(), m.authorId(), m.caption(), m.commentText(), m.likeCount(),
                m.commentsCount(), m.commentsOn(), m.createdAt());
    }

    /** {@code mentioned_media.media_id(ID){fields}}: the post whose caption mentions the account. */
    JsonObject mentionedMedia(String igUserId, String mediaId, FieldSelection fields, String baseUrl) {
        Mention mention = inMedia(igUserId, required(mediaId, "media_id")).orElseThrow(() -> notMentioned(mediaId));
        return mention.media().json(fields, ResearchMedia.PUBLIC_FIELDS, baseUrl);
    }

    /**
     * {@code mentioned_comment.comment_id(ID){fields}}: fields of an IG Comment (id, like_count, media, text,
     * timestamp); an error when comments are off on its media ("This endpoint will return an error if comments have
     * been disabled", .../reference/ig-user/mentioned_comment).
     */
    JsonObject mentionedComment(String igUserId, String commentId, FieldSelection requested, String baseUrl) {
        Mention mention = inComment(igUserId, required(commentId, "comment_id")).orElseThrow(() -> notMentioned(commentId));
        if (!mention.commentsOn()) {
            throw commentsOff().exception();
        }
        FieldSelection fields = requested.orDefaults("id");
        fields.requireKnown(java.util.Set.of("id", "like_count", "media", "text", "timestamp"), "IGComment");
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        for (String f : fields.names()) {
            switch (f) {
                case "id" -> json.add(f, mention.commentId());
                case "like_count" -> json.add(f, 0);
                case "text" -> json.add(f, mention.commentText());
                case "timestamp" -> json.add(f, META_TIME.format(mention.createdAt()));
                case "media" -> json.add(f, mention.media().json(fields.sub("media"), ResearchMedia.PUBLIC_FIELDS, baseUrl));
                default -> { }
            }
        }
        if (!fields.has("id")) {
            json.add("id", mention.commentId());
        }
        return json.build();
    }

    /**
     * {@code POST /{ig-user-id}/mentions?media_id=&comment_id=&message=}: a comment on the mentioning post, or a
     * reply to the mentioning comment. "Commenting on photos in which you were tagged is not supported": only
     * media and comments that mention the account qualify.
     */
    JsonObject reply(String igUserId, String mediaId, String commentId, String message, Instant now) {
        required(mediaId, "media_id");
        if (message == null || message.isBlank()) {
            throw GraphError.invalidParameter("The parameter message is required").exception();
        }
        Mention mention = (commentId == null || commentId.isBlank() ? inMedia(igUserId, mediaId)
                : inComment(igUserId, commentId).filter(m -> m.mediaId().equals(mediaId)))
                .orElseThrow(() -> notMentioned(commentId == null || commentId.isBlank() ? mediaId : commentId));
        if (!mention.commentsOn()) {
            throw commentsOff().exception();
        }
        String id = OtherMedia.id("1795", igUserId + "/" + mediaId + "/" + now.toEpochMilli() + "/" + message);
        db.update("INSERT INTO sandbox_mention_reply (id, ig_user_id, media_id, comment_id, message, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", id, igUserId, mediaId, blankToNull(commentId), message, now);
        return Jsons.createObjectBuilder().add("id", id).build();
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw GraphError.invalidParameter("The parameter " + name + " is required").exception();
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static RuntimeException notMentioned(String id) {
        return GraphError.unsupportedGet(id).exception();
    }

    private static GraphError commentsOff() {
        return GraphError.invalidParameter("Comments are disabled for this media");
    }

    private static Mention row(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Mention(r.getString("media_id"), r.getString("comment_id"), r.getString("ig_user_id"),
                r.getString("author_id"), r.getString("username"), r.getString("caption"), r.getString("comment_text"),
                r.getLong("like_count"), r.getLong("comments_count"), r.getBoolean("comments_on"),
                SandboxDatabase.instant(r, "created_at"));
    }
}
