package io.igstudio.graph;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Reads Meta's comment JSON into our records; pure functions. */
final class GraphComments {

    private GraphComments() {
    }

    static CommentPage page(JsonObject body, String mediaId) {
        List<IgComment> comments = new ArrayList<>();
        if (body.get("data") instanceof JsonArray data) {
            for (JsonValue v : data) {
                if (v instanceof JsonObject o) {
                    comments.add(comment(o, mediaId));
                }
            }
        }
        return new CommentPage(List.copyOf(comments), GraphParsing.nextCursor(body).orElse(null));
    }

    static IgComment comment(JsonObject o, String mediaId) {
        String media = o.get("media") instanceof JsonObject m ? m.getString("id", mediaId) : mediaId;
        String fromId = o.get("from") instanceof JsonObject f ? f.getString("id", null) : null;
        String username = o.getString("username", o.get("from") instanceof JsonObject f ? f.getString("username", null) : null);
        List<IgComment> replies = List.of();
        String more = null;
        if (o.get("replies") instanceof JsonObject r) {
            CommentPage page = page(r, media);
            replies = page.comments();
            more = page.nextCursor();
        }
        return new IgComment(o.getString("id"), media, o.getString("parent_id", null), fromId, username,
                o.getString("text", ""), GraphParsing.timestamp(o.getString("timestamp", null)),
                o.getBoolean("hidden", false), o.getJsonNumber("like_count") == null ? 0
                        : o.getJsonNumber("like_count").longValue(), replies, more);
    }
}
