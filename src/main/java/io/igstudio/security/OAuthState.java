package io.igstudio.security;

import java.security.SecureRandom;
import java.util.Base64;

/** The OAuth {@code state} of a Facebook dialog round trip: 256 random bits, URL-safe (issue 15). */
final class OAuthState {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OAuthState() {
    }

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
