package io.igstudio.research;

import io.igstudio.publishing.ComposeRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a hashtag set may hold: hashtags separated by spaces, commas or new lines, each with or without '#', at most
 * as many as a caption takes (30, counted by {@link ComposeRules#hashtags}, the compose page's own rule).
 */
final class HashtagSetRules {

    static final int MAX_NAME = 80;

    private HashtagSetRules() {
    }

    /** The set's hashtags, without '#', lower-cased, each once, in the order typed. */
    static List<String> parse(String text) {
        Set<String> tags = new LinkedHashSet<>();
        for (String token : (text == null ? "" : text).split("[\\s,]+")) {
            if (!token.isBlank()) {
                tags.add(HashtagResearch.normalise(token).orElse("\u0000" + token));
            }
        }
        return new ArrayList<>(tags);
    }

    /** Errors per field ({@code name}, {@code tags}); empty when the set can be saved. */
    static Map<String, String> check(String name, List<String> tags) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("name", "Give the set a name.");
        } else if (name.trim().length() > MAX_NAME) {
            errors.put("name", "A name has at most " + MAX_NAME + " characters.");
        }
        List<String> bad = tags.stream().filter(t -> t.startsWith("\u0000")).map(t -> t.substring(1)).toList();
        if (!bad.isEmpty()) {
            errors.put("tags", "Not a hashtag: " + String.join(", ", bad) + " (letters, digits and underscores only).");
        } else if (tags.isEmpty()) {
            errors.put("tags", "Add at least one hashtag.");
        } else if (ComposeRules.hashtags(caption(tags)) > ComposeRules.MAX_HASHTAGS) {
            errors.put("tags", "A set has at most " + ComposeRules.MAX_HASHTAGS + " hashtags, as many as a caption takes ("
                    + tags.size() + " given).");
        }
        return errors;
    }

    /** The set as caption text: {@code #a #b #c}. */
    static String caption(List<String> tags) {
        return String.join(" ", tags.stream().map(t -> "#" + t).toList());
    }
}
