package io.igstudio.graph;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads Meta's JSON into our records; pure functions, tested against recorded Meta responses. */
final class GraphParsing {

    private GraphParsing() {
    }

    static AccessToken accessToken(JsonObject body) {
        String token = body.getString("access_token", null);
        if (token == null || token.isBlank()) {
            throw new GraphException(200, 0, null, "Meta's token response has no access_token", null);
        }
        long expiresIn = body.getJsonNumber("expires_in") == null ? 0 : body.getJsonNumber("expires_in").longValue();
        return new AccessToken(token, GraphClient.seconds(expiresIn));
    }

    /** {@code {"data":{"is_valid":…,"expires_at":…,"data_access_expires_at":…,"scopes":[…],"error":{…}}}}. */
    static TokenFacts tokenFacts(JsonObject body) {
        JsonObject data = body.get("data") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject error = data.get("error") instanceof JsonObject e ? e : JsonValue.EMPTY_JSON_OBJECT;
        List<String> scopes = data.get("scopes") instanceof JsonArray list
                ? list.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
        return new TokenFacts(data.getBoolean("is_valid", false), epochSeconds(data, "expires_at"),
                epochSeconds(data, "data_access_expires_at"), scopes, error.getInt("code", 0), error.getInt("subcode", 0));
    }

    /** Meta's 0 means "never" (a token that does not expire). */
    private static Instant epochSeconds(JsonObject o, String name) {
        long seconds = o.get(name) instanceof JsonNumber n ? n.longValue() : 0;
        return seconds <= 0 ? null : Instant.ofEpochSecond(seconds);
    }

    static Permissions permissions(JsonObject body) {
        List<String> granted = new ArrayList<>();
        List<String> declined = new ArrayList<>();
        for (JsonObject entry : objects(body.get("data"))) {
            String permission = entry.getString("permission", null);
            if (permission == null) {
                continue;
            }
            if ("granted".equals(entry.getString("status", ""))) {
                granted.add(permission);
            } else {
                declined.add(permission);
            }
        }
        return new Permissions(List.copyOf(granted), List.copyOf(declined));
    }

    static List<FacebookPage> pages(JsonObject body) {
        List<FacebookPage> pages = new ArrayList<>();
        for (JsonObject page : objects(body.get("data"))) {
            Optional<InstagramProfile> instagram = page.get("instagram_business_account") instanceof JsonObject ig
                    ? Optional.of(instagram(ig)) : Optional.empty();
            pages.add(new FacebookPage(page.getString("id"), page.getString("name", ""), instagram));
        }
        return pages;
    }

    static InstagramProfile instagram(JsonObject ig) {
        return new InstagramProfile(ig.getString("id"), ig.getString("username", null), ig.getString("name", null),
                ig.getString("profile_picture_url", null), number(ig, "followers_count"), number(ig, "media_count"),
                ig.getString("account_type", null));
    }

    static AccountOverview overview(JsonObject o) {
        MediaPage media = o.get("media") instanceof JsonObject m ? mediaPage(m) : new MediaPage(List.of(), null);
        List<MediaItem> stories = o.get("stories") instanceof JsonObject s
                ? objects(s.get("data")).stream().map(GraphParsing::mediaItem).toList() : List.of();
        return new AccountOverview(o.getString("id"), o.getString("username", null), o.getString("name", null),
                o.getString("biography", null), o.getString("website", null), o.getString("profile_picture_url", null),
                number(o, "followers_count"), number(o, "follows_count"), number(o, "media_count"), media, stories);
    }

    static MediaPage mediaPage(JsonObject body) {
        return new MediaPage(objects(body.get("data")).stream().map(GraphParsing::mediaItem).toList(),
                nextCursor(body).orElse(null));
    }

    static MediaItem mediaItem(JsonObject m) {
        List<MediaItem> children = m.get("children") instanceof JsonObject c
                ? objects(c.get("data")).stream().map(GraphParsing::mediaItem).toList() : List.of();
        return new MediaItem(m.getString("id"), m.getString("media_type", null),
                m.getString("media_product_type", null), m.getString("media_url", null),
                m.getString("thumbnail_url", null), m.getString("permalink", null), m.getString("caption", null),
                timestamp(m.getString("timestamp", null)), number(m, "like_count"), number(m, "comments_count"),
                children);
    }

    /** Meta writes {@code 2021-07-21T09:05:31+0000}: an offset without a colon. */
    static java.time.Instant timestamp(String value) {
        if (value == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value,
                    java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.OffsetDateTime.parse(value).toInstant();
        }
    }

    /** The {@code after} cursor when Meta says there is a next page ({@code paging.next} present). */
    static Optional<String> nextCursor(JsonObject body) {
        if (!(body.get("paging") instanceof JsonObject paging) || !paging.containsKey("next")) {
            return Optional.empty();
        }
        return paging.get("cursors") instanceof JsonObject cursors
                ? Optional.ofNullable(cursors.getString("after", null)) : Optional.empty();
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
}
