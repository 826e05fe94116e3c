package io.igstudio.sandbox.publishing;

import io.igstudio.sandbox.graph.GraphTrace;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a publishing error as Meta does: its status and JSON body, with the request's fbtrace_id. */
@Provider
public class PublishingErrorMapper implements ExceptionMapper<PublishingException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(PublishingException exception) {
        return Response.status(exception.error().status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(exception.error().toJson(GraphTrace.of(request)).toString()).build();
    }
}
