package io.igstudio.security;

import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.logging.Logger;

/**
 * Reads a JSON request body and refuses what the parser refuses, whatever the reason: syntax, nesting
 * deeper than the parser allows (Parsson: "Input is too deeply nested", a RuntimeException), a number
 * of 100,000 digits (an UnsupportedOperationException). Such a body is the caller's mistake, not ours:
 * {@link InvalidJsonException} becomes 400 {@code invalid_json} with one log line and no stack trace.
 */
public final class JsonBodies {

    private static final Logger LOG = Logger.getLogger(JsonBodies.class.getName());

    private JsonBodies() {
    }

    public static JsonValue read(String body) {
        try (var reader = Jsons.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readValue();
        } catch (RuntimeException | StackOverflowError e) {
            // one line, the parser's reason only: the body itself may hold a token
            LOG.info(() -> "Refused a JSON body of " + (body == null ? 0 : body.length()) + " characters: "
                    + e.getClass().getSimpleName());
            throw new InvalidJsonException();
        }
    }

    /** The body was not JSON the parser accepts. */
    public static final class InvalidJsonException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidJsonException() {
            super("invalid JSON body", null, false, false);
        }
    }
}
