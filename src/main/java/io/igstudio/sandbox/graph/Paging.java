package io.igstudio.sandbox.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Meta's cursor-based pagination (https://developers.facebook.com/docs/graph-api/results): a window of
 * at most {@code limit} items after the {@code after} cursor or before the {@code before} cursor. Cursors
 * are opaque base64url strings, like Meta's; here they encode the position of an item in the edge and the
 * edge's size when they were issued. Meta's cursors do not survive changes to the edge ("cursors ... can't
 * be stored and used later", same page): once an item was deleted or added, an old cursor is refused
 * with "(#2642) Invalid cursors values" (recorded body: facebook/facebook-java-business-sdk#292).
 *
 * @param from index of the first item in the window
 * @param to index after the last item
 * @param total number of items on the edge
 * @param limit the page size asked for (or the default)
 */
public record Paging(int from, int to, int total, int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    private static final String PREFIX = "sandbox-cursor:";

    public static Paging window(int total, String limitParam, String after, String before) {
        int limit = limit(limitParam);
        if (after != null && !after.isBlank()) {
            int from = Math.min(total, decode(after, total) + 1);
            return new Paging(from, Math.min(total, from + limit), total, limit);
        }
        if (before != null && !before.isBlank()) {
            int to = Math.min(total, decode(before, total));
            return new Paging(Math.max(0, to - limit), to, total, limit);
        }
        return new Paging(0, Math.min(total, limit), total, limit);
    }

    static int limit(String limitParam) {
        if (limitParam == null || limitParam.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(limitParam.trim());
            if (limit < 0) {
                throw new NumberFormatException();
            }
            return Math.min(MAX_LIMIT, limit == 0 ? DEFAULT_LIMIT : limit);
        } catch (NumberFormatException e) {
            throw GraphError.invalidParameter("Param limit must be a non-negative integer").exception();
        }
    }

    public boolean isEmpty() {
        return from >= to;
    }

    public boolean hasNext() {
        return !isEmpty() && to < total;
    }

    public boolean hasPrevious() {
        return !isEmpty() && from > 0;
    }

    public String beforeCursor() {
        return encode(from, total);
    }

    public String afterCursor() {
        return encode(to - 1, total);
    }

    public int size() {
        return Math.max(0, to - from);
    }

    static String encode(int index, int total) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + index + ":" + total).getBytes(StandardCharsets.UTF_8));
    }

    /** The index a cursor points at, or Meta's 2642 when it is malformed or the edge changed since. */
    static int decode(String cursor, int total) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            String[] parts = text.substring(PREFIX.length()).split(":");
            int index = Integer.parseInt(parts[0]);
            if (index < 0 || parts.length != 2 || Integer.parseInt(parts[1]) != total) {
                throw new IllegalArgumentException();
            }
            return index;
        } catch (IllegalArgumentException e) {
            throw GraphError.invalidCursors().exception();
        }
    }
}
