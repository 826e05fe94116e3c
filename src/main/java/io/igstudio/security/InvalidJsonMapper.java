package io.igstudio.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A body that is not JSON: 400 {@code invalid_json}, as the README promises (logged by {@link JsonBodies}). */
@Provider
public class InvalidJsonMapper implements ExceptionMapper<JsonBodies.InvalidJsonException> {

    @Override
    public Response toResponse(JsonBodies.InvalidJsonException e) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", "invalid_json", "message", "The body must be valid JSON, such as {\"token\": \"...\"}"))
                .build();
    }
}
