package io.igstudio.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Map;

/**
 * A session whose person no longer exists here (the user row was removed, the database replaced): end
 * it and sign in again, instead of a 500 on every page; 401 JSON under /api.
 */
@Provider
public class NotSignedInMapper implements ExceptionMapper<NotSignedInException> {

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(NotSignedInException e) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (uri.getPath().startsWith("api/") || uri.getPath().startsWith("/api/")) {
            return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", "unauthorized", "message", "Sign in first")).build();
        }
        return Response.seeOther(URI.create(request.getContextPath() + "/signin")).build();
    }
}
