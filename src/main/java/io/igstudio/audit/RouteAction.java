package io.igstudio.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The audit log's name for a request, derived from its route: the path's words joined with dots, the ids in
 * it taken out as the target ({@code POST /posts/5d0c…/retry} is {@code post.retry} on {@code 5d0c…}). Methods
 * other than POST are appended ({@code api.posts.delete}). A few well-known routes get the names people look
 * for. Only the path is read: query strings and bodies may carry secrets and are never stored.
 */
record RouteAction(String action, String target) {

    private static final Pattern ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]{5,}|(?=.*[0-9])[A-Za-z0-9_-]{16,}");

    private static final Map<String, String> KNOWN = Map.of(
            "signout", "sign-out",
            "accounts.connect", "account.connect-start",
            "accounts.token", "account.token-refresh",
            "accounts.disconnect", "account.disconnect",
            "accounts.type", "account.type",
            "compose", "post.compose",
            "posts.retry", "post.retry",
            "posts.delete", "post.delete",
            "posts.comments", "post.comments");

    static RouteAction of(String method, String path) {
        List<String> words = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            (ID.matcher(segment).matches() ? ids : words).add(segment.length() > 40 ? segment.substring(0, 40) : segment);
        }
        String action = String.join(".", words);
        action = KNOWN.getOrDefault(action, action.isEmpty() ? "root" : action);
        if (!"POST".equalsIgnoreCase(method)) {
            action = action + "." + method.toLowerCase();
        }
        return new RouteAction(action, ids.isEmpty() ? null : String.join("/", ids));
    }
}
