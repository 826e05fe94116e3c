package io.igstudio.graph;

/**
 * Meta answered with its error object (or did not answer). Subclasses say what the application should
 * do about it. Messages carry Meta's text and codes, never a token.
 */
public class GraphException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final int code;
    private final Integer subcode;
    private final String fbtraceId;

    public GraphException(int status, int code, Integer subcode, String message, String fbtraceId) {
        // Meta's text can quote the token it refused ("Malformed access token EAA..."): never keep it
        super(message == null ? null : message.replaceAll("EAA[A-Za-z0-9_-]{8,}", "[token]"));
        this.status = status;
        this.code = code;
        this.subcode = subcode;
        this.fbtraceId = fbtraceId;
    }

    public int status() {
        return status;
    }

    public int code() {
        return code;
    }

    public Integer subcode() {
        return subcode;
    }

    public String fbtraceId() {
        return fbtraceId;
    }

    /** The token is invalid, expired or revoked (code 190): the person has to reconnect. */
    public static class InvalidToken extends GraphException {
        private static final long serialVersionUID = 1L;

        public InvalidToken(int status, int code, Integer subcode, String message, String fbtraceId) {
            super(status, code, subcode, message, fbtraceId);
        }

        public boolean expired() {
            return subcode() != null && subcode() == 463;
        }
    }

    /** The token lacks a permission (code 10 or 200–299). */
    public static class MissingPermission extends GraphException {
        private static final long serialVersionUID = 1L;
        private static final java.util.regex.Pattern SCOPE =
                java.util.regex.Pattern.compile("\\b(instagram_[a-z_]+|pages_[a-z_]+|business_management|ads_[a-z_]+)\\b");

        public MissingPermission(int status, int code, Integer subcode, String message, String fbtraceId) {
            super(status, code, subcode, message, fbtraceId);
        }

        /** The permission Meta names in its message ("requires the 'instagram_basic' permission"), if any. */
        public java.util.Optional<String> permission() {
            var m = SCOPE.matcher(String.valueOf(getMessage()));
            return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
        }
    }

    /** Meta throttles the app, the user, the Page or the Instagram account; try again after {@code retryAfterSeconds}. */
    public static class RateLimited extends GraphException {
        private static final long serialVersionUID = 1L;
        private final long retryAfterSeconds;

        public RateLimited(int status, int code, Integer subcode, String message, String fbtraceId,
                long retryAfterSeconds) {
            super(status, code, subcode, message, fbtraceId);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** A temporary failure (is_transient, codes 1 and 2, 5xx, time-outs): worth retrying. */
    public static class Transient extends GraphException {
        private static final long serialVersionUID = 1L;

        public Transient(int status, int code, Integer subcode, String message, String fbtraceId) {
            super(status, code, subcode, message, fbtraceId);
        }
    }

    /** Meta has too few viewers of a post to show its insights (code 10, "Not enough viewers"). */
    public static class NotEnoughViewers extends GraphException {
        private static final long serialVersionUID = 1L;

        public NotEnoughViewers(int status, int code, Integer subcode, String message, String fbtraceId) {
            super(status, code, subcode, message, fbtraceId);
        }
    }
}
