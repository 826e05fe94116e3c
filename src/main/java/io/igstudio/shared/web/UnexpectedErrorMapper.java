package io.igstudio.shared.web;

import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last line of defence for pages and the JSON API: logs the failure with a reference, and answers with
 * the error page (or a JSON error with a stable code under /api), never with a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Inject
    Models models;

    @Inject
    ErrorPage errorPage;

    @Context
    UriInfo uri;


    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 400) {
            return w.getResponse(); // a redirect, not an error
        }
        int status = e instanceof WebApplicationException w ? w.getResponse().getStatus() : 500;
        String reference = null;
        if (status >= 500) {
            reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
        }
        if (uri.getPath().startsWith("api/") || uri.getPath().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", status >= 500 ? "internal_error" : "request_failed",
                            "message", ErrorPage.title(status)))
                    .build();
        }
        String detail = reference == null ? null : ErrorPage.explanation(status) + " (reference " + reference + ")";
        return errorPage.render(status, detail);
    }
}
