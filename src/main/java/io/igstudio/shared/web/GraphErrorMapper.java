package io.igstudio.shared.web;

import io.igstudio.graph.GraphException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Logger;

/** A Graph error no feature handled: 502 with Meta's reason (429 when throttled), page or JSON. */
@Provider
public class GraphErrorMapper implements ExceptionMapper<GraphException> {

    private static final Logger LOG = Logger.getLogger(GraphErrorMapper.class.getName());

    @Inject
    ErrorPage errorPage;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(GraphException e) {
        LOG.warning(() -> "Meta error " + e.code() + "/" + e.subcode() + " (fbtrace " + e.fbtraceId() + ")");
        boolean limited = e instanceof GraphException.RateLimited;
        int status = limited ? 429 : 502;
        String sentence = limited
                ? "Meta asks IG Studio to slow down. Try again in a few minutes; nothing was lost."
                : e instanceof GraphException.InvalidToken
                        ? "Meta no longer accepts this account's access. Reconnect it on the Accounts page."
                        : e instanceof GraphException.MissingPermission missing
                                ? "IG Studio lacks a permission for this" + missing.permission().map(p -> " (" + p + ")")
                                        .orElse("") + ". Reconnect the account on the Accounts page and allow it."
                                : "Meta refused the request (error " + e.code() + ").";
        if (uri.getPath().startsWith("api/") || uri.getPath().startsWith("/api/")) {
            String code = limited ? "rate_limited" : e instanceof GraphException.InvalidToken ? "reconnect_required"
                    : "meta_error";
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", code, "message", sentence)).build();
        }
        return errorPage.render(status, sentence);
    }
}
