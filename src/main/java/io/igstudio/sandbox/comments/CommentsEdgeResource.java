package io.igstudio.sandbox.comments;

import io.igstudio.graph.MetaPlatform;
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
 * {@code GET|POST /{ig-media-id}/comments}, {@code GET|POST /{ig-comment-id}/replies} and
 * {@code POST /{ig-user-id}/messages} (private replies); see {@link SandboxComments}. The comment node itself
 * (read, hide, delete) is {@code NodeResource}'s, which hands comment ids to {@link SandboxComments}.
 */
@Path("sandbox/meta/{version: v\\d+\\.\\d+}/{node}/{edge: comments|replies|messages}")
@SandboxOnly
@GraphApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommentsEdgeResource {

    @Inject
    GraphCalls calls;

    @Inject
    SandboxComments comments;

    @Inject
    MetaPlatform meta;

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
        return read(calls.parameters(uri, headers, null, servlet));
    }

    @POST
    public String post(String body) {
        GraphParameters params = calls.parameters(uri, headers, body, servlet);
        if ("get".equalsIgnoreCase(params.get("method"))) {
            return read(params);
        }
        var token = calls.authenticate(params, GraphError.tokenRequired(), Instant.now());
        var answer = switch (edge) {
            case "comments" -> comments.comment(node, params, token, servlet);
            case "replies" -> comments.reply(node, params, token, servlet);
            default -> java.util.Optional.of(comments.privateReply(node, params, token, servlet));
        };
        return answer.orElseThrow(() -> GraphError.unsupportedMethod("post", node).exception()).toString();
    }

    private String read(GraphParameters params) {
        var token = calls.authenticate(params, GraphError.tokenRequired(), Instant.now());
        String edgeUrl = meta.baseUrl() + MetaPlatform.SANDBOX_PATH + "/" + version + "/" + node + "/" + edge;
        var answer = switch (edge) {
            case "comments" -> comments.mediaComments(node, params, token, edgeUrl, uri.getQueryParameters(), servlet);
            case "replies" -> comments.replies(node, params, token, edgeUrl, uri.getQueryParameters(), servlet);
            default -> throw GraphError.unsupportedGet(node + "/" + edge).exception();
        };
        return answer.orElseThrow(() -> GraphError.unsupportedGet(node).exception()).toString();
    }
}
