package io.igstudio.sandbox.insights;

import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.sandbox.graph.GraphApi;
import io.igstudio.sandbox.graph.GraphCalls;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.graph.GraphParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/**
 * {@code GET /{ig-user-id}/insights} (https://developers.facebook.com/docs/instagram-platform/api-reference/instagram-user/insights)
 * and {@code GET /{ig-media-id}/insights} (https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights).
 * Reading only: "Creating: This operation is not supported" on both pages, so a POST is Meta's "Unsupported post
 * request" unless it carries {@code method=get}.
 */
@Path("sandbox/meta/{version: v\\d+\\.\\d+}/{node}/insights")
@SandboxOnly
@GraphApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InsightsEdgeResource {

    @Inject
    GraphCalls calls;

    @Inject
    SandboxInsights insights;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest servlet;

    @PathParam("version")
    String version;

    @PathParam("node")
    String node;

    @GET
    public String read() {
        return read(calls.parameters(uri, headers, null, servlet));
    }

    @POST
    public String post(String body) {
        GraphParameters params = calls.parameters(uri, headers, body, servlet);
        if (!"get".equalsIgnoreCase(params.get("method"))) {
            throw GraphError.unsupportedMethod("post", node + "/insights").exception();
        }
        return read(params);
    }

    private String read(GraphParameters params) {
        var token = calls.authenticate(params, GraphError.tokenRequired(), Instant.now());
        return insights.answer(node, version, params, token, uri, servlet).toString();
    }
}
