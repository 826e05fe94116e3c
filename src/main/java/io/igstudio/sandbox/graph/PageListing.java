package io.igstudio.sandbox.graph;

import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * One page of an edge in Meta's shape: {@code {"data":[...],"paging":{"cursors":{"before","after"},
 * "previous","next"}}}, with absolute {@code previous}/{@code next} URLs that repeat the request's own
 * query (token included, as Meta's do) and move the cursor. No {@code next} on the last page, no paging at
 * all for an empty edge.
 */
public final class PageListing {

    private PageListing() {
    }

    /**
     * @param edgeUrl absolute URL of the edge without query, e.g. {@code http://host/sandbox/meta/v26.0/me/accounts}
     * @param query the request's query parameters
     */
    public static <T> JsonObject of(List<T> items, Paging window, Function<T, JsonObject> toJson, String edgeUrl,
            Map<String, List<String>> query) {
        return ofWindow(items.subList(window.from(), window.to()), window, toJson, edgeUrl, query);
    }

    /** Like {@link #of}, for an edge read window by window: {@code windowItems} are the window's items only. */
    public static <T> JsonObject ofWindow(List<T> windowItems, Paging window, Function<T, JsonObject> toJson,
            String edgeUrl, Map<String, List<String>> query) {
        JsonArrayBuilder data = Jsons.createArrayBuilder();
        for (T item : windowItems) {
            data.add(toJson.apply(item));
        }
        JsonObjectBuilder out = Jsons.createObjectBuilder().add("data", data);
        if (!window.isEmpty()) {
            JsonObjectBuilder paging = Jsons.createObjectBuilder().add("cursors", Jsons.createObjectBuilder()
                    .add("before", window.beforeCursor())
                    .add("after", window.afterCursor()));
            if (window.hasPrevious()) {
                paging.add("previous", link(edgeUrl, query, window.limit(), "before", window.beforeCursor()));
            }
            if (window.hasNext()) {
                paging.add("next", link(edgeUrl, query, window.limit(), "after", window.afterCursor()));
            }
            out.add("paging", paging);
        }
        return out.build();
    }

    static String link(String edgeUrl, Map<String, List<String>> query, int limit, String cursorName, String cursor) {
        StringJoiner q = new StringJoiner("&");
        query.forEach((name, values) -> {
            if (!name.equals("after") && !name.equals("before") && !name.equals("limit")) {
                values.forEach(v -> q.add(encode(name) + "=" + encode(v)));
            }
        });
        q.add("limit=" + limit);
        q.add(cursorName + "=" + encode(cursor));
        return edgeUrl + "?" + q;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
