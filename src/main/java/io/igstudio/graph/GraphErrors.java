package io.igstudio.graph;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * Turns Meta's error object {@code {"error":{"message","type","code","error_subcode","is_transient","fbtrace_id"}}}
 * into a typed {@link GraphException}. Codes from Meta's "Handling errors" guide
 * (https://developers.facebook.com/docs/graph-api/guides/error-handling) and the Instagram Platform error
 * codes in graph-api-facts.md.
 */
public final class GraphErrors {

    /** 4 app, 17 user, 32 Page, 613 calls within one hour, 80002 Instagram business use case. */
    static final Set<Integer> THROTTLING = Set.of(4, 17, 32, 613, 80002);
    static final long DEFAULT_RETRY_SECONDS = 60;

    private GraphErrors() {
    }

    public static GraphException from(int status, JsonObject body, long retryAfterSeconds) {
        JsonObject error = body != null && body.get("error") instanceof JsonObject e ? e : null;
        if (error == null) {
            String message = "Meta answered HTTP " + status + " without an error object";
            return status >= 500 ? new GraphException.Transient(status, 0, null, message, null)
                    : new GraphException(status, 0, null, message, null);
        }
        int code = error.getInt("code", 0);
        Integer subcode = error.containsKey("error_subcode") && error.get("error_subcode").getValueType()
                == JsonValue.ValueType.NUMBER ? error.getInt("error_subcode") : null;
        String message = error.getString("message", "Meta reported an error");
        String trace = error.getString("fbtrace_id", null);
        boolean isTransient = error.getBoolean("is_transient", false);

        if (code == 190 || code == 102) {
            return new GraphException.InvalidToken(status, code, subcode, message, trace);
        }
        if (code == 10 && message.contains("Not enough viewers")) {
            // IG Media insights: "(#10) Not enough viewers for the media to show insights" is about the post, not a permission
            return new GraphException.NotEnoughViewers(status, code, subcode, message, trace);
        }
        if (code == 10 || (code >= 200 && code <= 299)) {
            return new GraphException.MissingPermission(status, code, subcode, message, trace);
        }
        if (THROTTLING.contains(code) && !(code == 4 && subcode != null && subcode == 2207051)) {
            // code 4 with subcode 2207051 is "action blocked as spam", not throttling
            return new GraphException.RateLimited(status, code, subcode, message, trace,
                    retryAfterSeconds > 0 ? retryAfterSeconds : DEFAULT_RETRY_SECONDS);
        }
        if (isTransient || code == 1 || code == 2 || status >= 500) {
            return new GraphException.Transient(status, code, subcode, message, trace);
        }
        return new GraphException(status, code, subcode, message, trace);
    }
}
