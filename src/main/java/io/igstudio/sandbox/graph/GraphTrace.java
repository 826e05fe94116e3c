package io.igstudio.sandbox.graph;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;

/** The request's {@code fbtrace_id}: the same value in the {@code x-fb-trace-id} header and in any error body. */
public final class GraphTrace {

    private static final String ATTRIBUTE = GraphTrace.class.getName();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private GraphTrace() {
    }

    public static String of(HttpServletRequest request) {
        if (request == null) {
            return newId();
        }
        Object id = request.getAttribute(ATTRIBUTE);
        if (id instanceof String s) {
            return s;
        }
        String fresh = newId();
        request.setAttribute(ATTRIBUTE, fresh);
        return fresh;
    }

    /** Shaped like Meta's, e.g. {@code AQt_hJ68vFybS4TnupatNtX}. */
    static String newId() {
        StringBuilder id = new StringBuilder("A");
        for (int i = 0; i < 22; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
