package io.igstudio.sandbox.graph;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a sandbox Graph error the way Meta does: its status, its JSON body, and for token errors a WWW-Authenticate. */
@Provider
public class GraphErrorMapper implements ExceptionMapper<GraphException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(GraphException exception) {
        GraphError error = exception.error();
        Response.ResponseBuilder response = Response.status(error.status())
                .header(jakarta.ws.rs.core.HttpHeaders.CONTENT_TYPE, GraphJson.CONTENT_TYPE)
                .entity(error.toJson(GraphTrace.of(request)).toString());
        if (error.code() == 190 || error.code() == 104 || error.code() == 2500) {
            // what graph.facebook.com sends beside token errors
            response.header("WWW-Authenticate", "OAuth \"Facebook Platform\" \"invalid_token\" \""
                    + error.message().replace("\"", "'") + "\"");
        }
        return response.build();
    }
}
