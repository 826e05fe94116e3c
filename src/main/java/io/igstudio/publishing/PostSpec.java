package io.igstudio.publishing;

import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person composed for one post, frozen when it is submitted (and, as a draft, kept while they
 * edit). Stored as JSON in one column: it is read and written whole, never queried.
 */
public record PostSpec(PostType type, String caption, List<Item> items, List<String> collaborators,
                       String locationId, String coverFileId, Long thumbOffsetMs, String audioName,
                       boolean shareToFeed, String trialGraduation, boolean aiGenerated) {

    /** One photo or video of the post, with its alt text and user tags. */
    public record Item(String fileId, String altText, List<Tag> tags) {
        public Item {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /** A user tag; x and y in 0..1 (null on reels, which take usernames only). */
    public record Tag(String username, Double x, Double y) {
    }

    public PostSpec {
        items = items == null ? List.of() : List.copyOf(items);
        collaborators = collaborators == null ? List.of() : List.copyOf(collaborators);
    }

    public String toJson() {
        JsonObjectBuilder o = Jsons.createObjectBuilder().add("type", type.name());
        put(o, "caption", caption);
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (Item item : items) {
            JsonObjectBuilder i = Jsons.createObjectBuilder().add("fileId", item.fileId());
            put(i, "altText", item.altText());
            JsonArrayBuilder tags = Jsons.createArrayBuilder();
            for (Tag tag : item.tags()) {
                JsonObjectBuilder t = Jsons.createObjectBuilder().add("username", tag.username());
                if (tag.x() != null && tag.y() != null) {
                    t.add("x", tag.x()).add("y", tag.y());
                }
                tags.add(t);
            }
            list.add(i.add("tags", tags));
        }
        o.add("items", list);
        JsonArrayBuilder collabs = Jsons.createArrayBuilder();
        collaborators.forEach(collabs::add);
        o.add("collaborators", collabs);
        put(o, "locationId", locationId);
        put(o, "coverFileId", coverFileId);
        if (thumbOffsetMs != null) {
            o.add("thumbOffsetMs", thumbOffsetMs);
        }
        put(o, "audioName", audioName);
        put(o, "trialGraduation", trialGraduation);
        return o.add("shareToFeed", shareToFeed).add("aiGenerated", aiGenerated).build().toString();
    }

    public static PostSpec fromJson(String json) {
        JsonObject o;
        try (var reader = Jsons.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        List<Item> items = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("items")) {
            JsonObject i = v.asJsonObject();
            List<Tag> tags = new ArrayList<>();
            for (JsonValue t : i.getJsonArray("tags")) {
                JsonObject tag = t.asJsonObject();
                tags.add(new Tag(tag.getString("username"), number(tag, "x"), number(tag, "y")));
            }
            items.add(new Item(i.getString("fileId"), text(i, "altText"), tags));
        }
        List<String> collaborators = o.getJsonArray("collaborators").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        JsonNumber offset = o.getJsonNumber("thumbOffsetMs");
        return new PostSpec(PostType.valueOf(o.getString("type")), text(o, "caption"), items, collaborators,
                text(o, "locationId"), text(o, "coverFileId"), offset == null ? null : offset.longValue(),
                text(o, "audioName"), o.getBoolean("shareToFeed", false), text(o, "trialGraduation"),
                o.getBoolean("aiGenerated", false));
    }

    private static void put(JsonObjectBuilder o, String name, String value) {
        if (value != null && !value.isEmpty()) {
            o.add(name, value);
        }
    }

    private static String text(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : null;
    }

    private static Double number(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.doubleValue() : null;
    }
}
