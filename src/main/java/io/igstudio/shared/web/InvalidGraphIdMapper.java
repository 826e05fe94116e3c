package io.igstudio.shared.web;

import io.igstudio.graph.GraphIds;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** An address with something that is not a Graph id where one belongs: there is nothing there, 404. */
@Provider
public class InvalidGraphIdMapper implements ExceptionMapper<GraphIds.InvalidGraphIdException> {

    @Inject
    ErrorPage errorPage;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(GraphIds.InvalidGraphIdException e) {
        if (uri.getPath().startsWith("api/") || uri.getPath().startsWith("/api/")) {
            return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", "not_found", "message", "No such Instagram object")).build();
        }
        return errorPage.render(404, null);
    }
}
