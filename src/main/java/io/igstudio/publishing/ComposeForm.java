package io.igstudio.publishing;

import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compose form exactly as the person sent it. Kept whole (every field, as typed) in the draft, so a
 * rejected submission or a reload loses nothing; {@link #spec()} reads it into a {@link PostSpec}. Per-item
 * fields are named after the file ({@code alt_<file-id>}), so items can be added, removed and reordered.
 */
public record ComposeForm(MultivaluedMap<String, String> fields) {

    static final List<String> KEPT = List.of("type", "account", "caption", "item", "collaborators", "location",
            "cover", "thumbOffsetMs", "audioName", "shareToFeed", "trial", "aiGenerated");

    public static ComposeForm of(MultivaluedMap<String, String> sent) {
        MultivaluedMap<String, String> kept = new MultivaluedHashMap<>();
        for (Map.Entry<String, List<String>> e : sent.entrySet()) {
            if (KEPT.contains(e.getKey()) || e.getKey().matches("(alt|tags)_[0-9a-f-]{36}")) {
                for (String v : e.getValue()) {
                    kept.add(e.getKey(), v.length() > 5000 ? v.substring(0, 5000) : v);
                }
            }
        }
        return new ComposeForm(kept);
    }

    public static ComposeForm empty() {
        return new ComposeForm(new MultivaluedHashMap<>());
    }

    public String get(String name) {
        String v = fields.getFirst(name);
        return v == null ? "" : v;
    }

    public List<String> all(String name) {
        List<String> values = fields.get(name);
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).distinct().toList();
    }

    public boolean checked(String name) {
        return !get(name).isBlank();
    }

    public boolean hasAccount(String id) {
        return all("account").contains(id);
    }

    public PostType type() {
        PostType type = PostType.parse(get("type"));
        return type == null ? PostType.PHOTO : type;
    }

    public String alt(String fileId) {
        return get("alt_" + fileId);
    }

    /** The user tags typed (or placed on the preview) for one file: {@code username x y; username x y}. */
    public String tagsText(String fileId) {
        return get("tags_" + fileId);
    }

    /**
     * Reads {@code "ben.carter 0.42 0.61; chloe"}: a username, optionally followed by x and y in 0..1 (the
     * share of the photo's width and height from its top left corner), entries separated by ";" or new lines.
     *
     * @throws IllegalArgumentException with a message for the person when an entry cannot be read
     */
    static List<PostSpec.Tag> tags(String text) {
        List<PostSpec.Tag> tags = new ArrayList<>();
        for (String entry : text.split("[;\\n]")) {
            String[] parts = entry.strip().split("\\s+");
            if (parts.length == 1 && parts[0].isEmpty()) {
                continue;
            }
            String username = parts[0].startsWith("@") ? parts[0].substring(1) : parts[0];
            if (!ComposeRules.USERNAME.matcher(username).matches() || (parts.length != 1 && parts.length != 3)) {
                throw new IllegalArgumentException("Write each tag as a username, or a username with x and y"
                        + " between 0 and 1 (click the preview to place it), separated by \";\".");
            }
            Double x = parts.length == 3 ? coordinate(parts[1]) : null;
            Double y = parts.length == 3 ? coordinate(parts[2]) : null;
            tags.add(new PostSpec.Tag(username, x, y));
        }
        return tags;
    }

    private static double coordinate(String value) {
        try {
            double v = Double.parseDouble(value.replace(',', '.'));
            if (v >= 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("A tag's x and y are between 0 and 1 (the share of the photo's width and"
                + " height from its top left corner); \"" + value + "\" is not.");
    }

    private List<PostSpec.Tag> tagsFor(String fileId, PostType type) {
        try {
            List<PostSpec.Tag> tags = tags(tagsText(fileId));
            // reels take usernames only (graph-api-facts.md)
            return type.reel() ? tags.stream().map(t -> new PostSpec.Tag(t.username(), null, null)).toList() : tags;
        } catch (IllegalArgumentException e) {
            return List.of(); // the rules refused it before anything is published
        }
    }

    public List<String> collaborators() {
        List<String> names = new ArrayList<>();
        for (String name : get("collaborators").split("[,\\s]+")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    /** What the pipeline publishes; only options the type allows reach it (the rules refused the others). */
    PostSpec spec() {
        PostType type = type();
        List<PostSpec.Item> items = all("item").stream().map(id -> new PostSpec.Item(id,
                type.takesAltText() ? blankToNull(alt(id)) : null, tagsFor(id, type))).toList();
        Long offset = get("thumbOffsetMs").isBlank() ? null : Long.valueOf(get("thumbOffsetMs").strip());
        return new PostSpec(type, type.takesCaption() ? blankToNull(get("caption")) : null, items,
                type == PostType.STORY ? List.of() : collaborators(),
                type == PostType.STORY ? null : blankToNull(get("location")),
                type.reel() ? blankToNull(get("cover")) : null, type.reel() ? offset : null,
                type.reel() ? blankToNull(get("audioName")) : null,
                type == PostType.VIDEO || (type == PostType.REEL && checked("shareToFeed")),
                type.reel() ? blankToNull(get("trial")) : null, checked("aiGenerated"));
    }

    String toJson() {
        JsonObjectBuilder o = Jsons.createObjectBuilder();
        fields.forEach((k, values) -> {
            JsonArrayBuilder list = Jsons.createArrayBuilder();
            values.forEach(list::add);
            o.add(k, list);
        });
        return o.build().toString();
    }

    static ComposeForm fromJson(String json) {
        MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
        try (var reader = Jsons.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> v.asJsonArray().getValuesAs(JsonString.class).forEach(s -> map.add(k, s.getString())));
        }
        return new ComposeForm(map);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
