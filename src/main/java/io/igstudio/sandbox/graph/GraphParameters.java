package io.igstudio.sandbox.graph;

import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every parameter of a Graph request, wherever the client put it: the query string, an urlencoded,
 * multipart or JSON body, and the token in {@code Authorization: Bearer|OAuth}. Real clients use all of
 * these, and Graph accepts them all (https://developers.facebook.com/docs/graph-api/overview).
 */
public final class GraphParameters {

    private static final Pattern BEARER = Pattern.compile("(?i)^\\s*(Bearer|OAuth)\\s+(\\S+)\\s*$");
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";]+)\"?");
    private static final Pattern PART_NAME = Pattern.compile("(?i)name=\"([^\"]*)\"");

    private final Map<String, List<String>> values;
    private final String authorization;

    private GraphParameters(Map<String, List<String>> values, String authorization) {
        this.values = values;
        this.authorization = authorization;
    }

    /**
     * @param query the query string parameters, already decoded
     * @param contentType the request's Content-Type, may be null
     * @param body the raw body, may be null or empty
     * @param authorization the Authorization header, may be null
     */
    public static GraphParameters of(Map<String, List<String>> query, String contentType, String body, String authorization) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        query.forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        if (body != null && !body.isBlank()) {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (type.startsWith("multipart/form-data")) {
                parseMultipart(body, contentType, values);
            } else if (type.startsWith("application/json") || body.trim().startsWith("{")) {
                parseJson(body, values);
            } else {
                parseUrlEncoded(body, values);
            }
        }
        return new GraphParameters(values, authorization);
    }

    /** The first value of a parameter, or null. */
    public String get(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The access token: the {@code access_token} parameter, else the Authorization header. */
    public Optional<String> accessToken() {
        String param = get("access_token");
        if (param != null && !param.isBlank()) {
            return Optional.of(param.trim());
        }
        if (authorization != null) {
            Matcher m = BEARER.matcher(authorization);
            if (m.matches()) {
                return Optional.of(m.group(2));
            }
        }
        return Optional.empty();
    }

    public FieldSelection fields() {
        return FieldSelection.parse(get("fields"));
    }

    static void parseUrlEncoded(String body, Map<String, List<String>> values) {
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.computeIfAbsent(name, x -> new ArrayList<>()).add(value);
        }
    }

    private static void parseJson(String body, Map<String, List<String>> values) {
        JsonObject json;
        try (var reader = Jsons.createReader(new StringReader(body))) {
            json = reader.readObject();
        } catch (RuntimeException e) {
            throw GraphError.invalidParameter("The request body is not valid JSON").exception();
        }
        json.forEach((name, value) -> values.computeIfAbsent(name, x -> new ArrayList<>())
                .add(value.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) value).getString() : value.toString()));
    }

    private static void parseMultipart(String body, String contentType, Map<String, List<String>> values) {
        Matcher b = BOUNDARY.matcher(contentType);
        if (!b.find()) {
            return;
        }
        String delimiter = "--" + b.group(1);
        for (String part : body.split(Pattern.quote(delimiter))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            int skip = 4;
            if (headerEnd < 0) {
                headerEnd = part.indexOf("\n\n");
                skip = 2;
            }
            if (headerEnd < 0) {
                continue;
            }
            Matcher name = PART_NAME.matcher(part.substring(0, headerEnd));
            if (!name.find()) {
                continue;
            }
            String value = part.substring(headerEnd + skip);
            value = value.endsWith("\r\n") ? value.substring(0, value.length() - 2)
                    : value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
            values.computeIfAbsent(name.group(1), x -> new ArrayList<>()).add(value);
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
