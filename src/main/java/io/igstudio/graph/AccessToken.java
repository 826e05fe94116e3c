package io.igstudio.graph;

import java.time.Duration;

/**
 * A user access token as Meta hands it out. {@link #toString()} never shows the value, so that a token
 * cannot slip into a log line or an exception message.
 *
 * @param value the token; only for the vault and the Graph client
 * @param expiresIn lifetime from now, or {@code null} when Meta did not say
 */
public record AccessToken(String value, Duration expiresIn) {
    @Override
    public String toString() {
        return "AccessToken[hidden, expiresIn=" + expiresIn + "]";
    }
}
