package io.igstudio.sandbox.media;

import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.sandbox.graph.GraphApi;
import io.igstudio.sandbox.graph.GraphCalls;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.graph.GraphParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /{ig-user-id}/media} (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media),
 * {@code GET /{ig-user-id}/stories} (.../reference/ig-user/stories) and {@code GET /{ig-media-id}/children}
 * (https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/children). The node
 * itself ({@code GET /{id}}) is {@code NodeResource}'s.
 */
@Path("sandbox/meta/{version: v\\d+\\.\\d+}/{node}/{edge: media|stories|children}")
@SandboxOnly
@GraphApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstagramEdgeResource {

    @Inject
    GraphCalls calls;

    @Inject
    InstagramGraph instagram;

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

    @PathParam("edge")
    String edge;

    @GET
    public String read() {
        Instant now = Instant.now();
        GraphParameters params = calls.parameters(uri, headers, null, servlet);
        var token = calls.authenticate(params, GraphError.tokenRequired(), now);
        Map<String, String> paging = new HashMap<>();
        for (String name : new String[] {"limit", "after", "before"}) {
            if (params.get(name) != null) {
                paging.put(name, params.get(name));
            }
        }
        var call = new InstagramGraph.Call(token, version, uri.getQueryParameters(), servlet, now);
        return instagram.edge(node, edge, params.fields(), paging, call).toString();
    }
}
