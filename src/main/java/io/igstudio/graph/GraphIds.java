package io.igstudio.graph;

import java.util.regex.Pattern;

/**
 * Ids that go into a Graph path. Meta's node ids (users, Pages, Instagram accounts, media) are decimal
 * digits; anything else — {@code me/accounts}, {@code ../../oauth} — would let a caller pick another
 * endpoint than the one the method names (issue 15). Checked here, inside the client, so that no feature
 * can forget it, and encoded as exactly one path segment.
 */
public final class GraphIds {

    private static final Pattern NODE_ID = Pattern.compile("[0-9]{1,40}");

    private GraphIds() {
    }

    public static boolean isValid(String id) {
        return id != null && NODE_ID.matcher(id).matches();
    }

    /** The id as one path segment; {@link InvalidGraphIdException} when it is not a Graph id. */
    static String segment(String id) {
        if (!isValid(id)) {
            throw new InvalidGraphIdException();
        }
        // digits are one path segment as they stand: no '/', '.', '%' or '?' can get through. (Jersey's
        // client encodes path parameters but keeps '/', which is how me%2Faccounts became me/accounts.)
        return id;
    }

    /** A caller passed something that is not a Graph id: nothing was sent to Meta; pages answer 404. */
    public static final class InvalidGraphIdException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidGraphIdException() {
            super("not a Graph node id", null);
        }
    }
}
