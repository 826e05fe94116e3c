package io.igstudio.sandbox.graph;

import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code fields} parameter with field expansion, e.g.
 * {@code id,name,instagram_business_account{id,username}} (https://developers.facebook.com/docs/graph-api/guides/field-expansion).
 * Modifiers such as {@code .limit(5)} are kept for the edge they follow ({@link #limit}); a JSON list
 * {@code ["id","name"]} is accepted too. An empty selection means "the node's default fields".
 */
public final class FieldSelection {

    private static final FieldSelection NONE = new FieldSelection(Map.of(), Map.of());

    private final Map<String, FieldSelection> fields;
    /** Per field, its modifiers: {@code media.limit(24)} gives media -> {limit=24}. */
    private final Map<String, Map<String, String>> modifiers;

    private FieldSelection(Map<String, FieldSelection> fields, Map<String, Map<String, String>> modifiers) {
        this.fields = Collections.unmodifiableMap(fields);
        this.modifiers = Collections.unmodifiableMap(modifiers);
    }

    public static FieldSelection none() {
        return NONE;
    }

    public static FieldSelection parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String trimmed = text.trim();
        if (trimmed.startsWith("[")) {
            trimmed = fromJsonList(trimmed);
        }
        Parser parser = new Parser(trimmed);
        FieldSelection selection = parser.list();
        if (parser.pos < parser.text.length()) {
            throw parser.error();
        }
        return selection;
    }

    /** The requested fields, or {@code defaults} when none were named. */
    public FieldSelection orDefaults(String defaults) {
        return fields.isEmpty() ? parse(defaults) : this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public FieldSelection sub(String field) {
        return fields.getOrDefault(field, NONE);
    }

    public Set<String> names() {
        return fields.keySet();
    }

    /** The argument of {@code .limit(n)} on an edge, or null when the request set none. */
    public String limit(String field) {
        return modifiers.getOrDefault(field, Map.of()).get("limit");
    }

    /**
     * The argument of a modifier on an expanded edge, e.g. {@code .after(CURSOR)} or {@code .since(1700000000)}, or
     * null. Graph reads {@code edge.name(value)} as the edge's parameter {@code name=value}: the field expansion
     * guide (https://developers.facebook.com/docs/graph-api/guides/field-expansion) shows {@code .limit()}, and its
     * paging links carry {@code since}, {@code until} and cursors, which the same modifiers set on a nested edge
     * (sns-sdks/python-facebook pages business discovery media with {@code media.after(CURSOR).limit(N)}).
     */
    public String modifier(String field, String name) {
        return modifiers.getOrDefault(field, Map.of()).get(name);
    }

    /** This selection less the named fields, e.g. a node's plain fields without its edges. */
    public FieldSelection without(Set<String> names) {
        Map<String, FieldSelection> kept = new LinkedHashMap<>(fields);
        Map<String, Map<String, String>> keptModifiers = new LinkedHashMap<>(modifiers);
        kept.keySet().removeAll(names);
        keptModifiers.keySet().removeAll(names);
        return new FieldSelection(kept, keptModifiers);
    }

    /** Throws Meta's "nonexisting field" error for the first field the node does not have. */
    public void requireKnown(Set<String> known, String nodeType) {
        for (String name : fields.keySet()) {
            if (!known.contains(name)) {
                throw GraphError.nonexistingField(name, nodeType).exception();
            }
        }
    }

    @Override
    public String toString() {
        return fields.entrySet().stream()
                .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getKey() + "{" + e.getValue() + "}")
                .collect(Collectors.joining(","));
    }

    private static String fromJsonList(String text) {
        try (var reader = Jsons.createReader(new StringReader(text))) {
            JsonArray array = reader.readArray();
            return array.stream()
                    .map(v -> v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : v.toString())
                    .collect(Collectors.joining(","));
        } catch (RuntimeException e) {
            throw GraphError.invalidParameter("Syntax error \"Expected a JSON list of field names.\"").exception();
        }
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text.replaceAll("\\s+", "");
        }

        FieldSelection list() {
            Map<String, FieldSelection> fields = new LinkedHashMap<>();
            Map<String, Map<String, String>> modifiers = new LinkedHashMap<>();
            do {
                String name = name();
                Map<String, String> mods = new LinkedHashMap<>();
                modifiers(mods);
                FieldSelection sub = NONE;
                if (peek('{')) {
                    pos++;
                    sub = list();
                    expect('}');
                }
                modifiers(mods);
                fields.merge(name, sub, (a, b) -> a.isEmpty() ? b : a);
                if (!mods.isEmpty()) {
                    modifiers.merge(name, mods, (a, b) -> a);
                }
            } while (peek(',') && ++pos > 0);
            return new FieldSelection(fields, modifiers);
        }

        private String name() {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw error();
            }
            return text.substring(start, pos);
        }

        private void modifiers(Map<String, String> into) {
            while (peek('.')) {
                pos++;
                String modifier = name();
                expect('(');
                int close = text.indexOf(')', pos);
                if (close < 0) {
                    throw error();
                }
                into.put(modifier, text.substring(pos, close));
                pos = close + 1;
            }
        }

        private boolean peek(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error();
            }
            pos++;
        }

        GraphException error() {
            String found = pos < text.length() ? "\"" + text.charAt(pos) + "\"" : "end of string";
            return GraphError.invalidParameter("Syntax error \"Unexpected " + found + ".\" at character " + pos + ": "
                    + text).exception();
        }
    }
}
