package io.igstudio.sandbox.media;

import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.sandbox.graph.GraphApi;
import io.igstudio.sandbox.graph.GraphCalls;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.graph.GraphParameters;
import io.igstudio.sandbox.publishing.Publisher;
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
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /{ig-user-id}/media} (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media),
 * {@code GET /{ig-user-id}/stories} (.../reference/ig-user/stories) and {@code GET /{ig-media-id}/children}
 * (https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/children). The node
 * itself ({@code GET /{id}}) is {@code NodeResource}'s. {@code POST /{ig-user-id}/media} creates a media container
 * ({@link Publisher}).
 */
@Path("sandbox/meta/{version: v\\d+\\.\\d+}/{node}/{edge: media|stories|children}")
@SandboxOnly
@GraphApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstagramEdgeResource {

    /** Token lifetimes run on the sandbox clock, which tests move forward (issue 23). */
    @Inject
    io.igstudio.sandbox.control.SandboxClock sandboxClock;

    @Inject
    GraphCalls calls;

    @Inject
    InstagramGraph instagram;

    @Inject
    Publisher publisher;

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
        var token = calls.authenticate(params, GraphError.tokenRequired(), sandboxClock.now());
        Map<String, String> paging = new HashMap<>();
        // media_type and other parameters the edges do not document are ignored, as Graph ignores parameters an
        // endpoint does not know (there is no media_type filter on GET /{ig-user-id}/media: a client that sends one
        // gets every type here as on Meta); since/until are the media edge's time-based paging (TimeRange)
        for (String name : new String[] {"limit", "after", "before", "since", "until"}) {
            if (params.get(name) != null) {
                paging.put(name, params.get(name));
            }
        }
        var call = new InstagramGraph.Call(token, version, uri.getQueryParameters(), servlet, now);
        return instagram.edge(node, edge, params.fields(), paging, call).toString();
    }

    @POST
    public String post(String body) {
        Instant now = Instant.now();
        GraphParameters params = calls.parameters(uri, headers, body, servlet);
        if ("get".equalsIgnoreCase(params.get("method"))) {
            return read();
        }
        if (!edge.equals("media")) {
            throw GraphError.unsupportedMethod("post", node + "/" + edge).exception();
        }
        var token = calls.authenticate(params, GraphError.tokenRequired(), sandboxClock.now());
        return publisher.create(node, params, token, version, servlet).toString();
    }
}
