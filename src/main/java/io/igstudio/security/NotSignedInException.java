package io.igstudio.security;

/** Thrown when a signed-in user is required but the session has none (for example it expired). */
public class NotSignedInException extends RuntimeException {
    public NotSignedInException() {
        super("Not signed in");
    }
}
