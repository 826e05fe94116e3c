package io.igstudio.sandbox.publishing;

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
 * {@code POST /{ig-user-id}/media_publish} (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media_publish)
 * and {@code GET /{ig-user-id}/content_publishing_limit}
 * (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/content_publishing_limit).
 * Containers are created on the {@code media} edge ({@code InstagramEdgeResource}) and read as nodes ({@code NodeResource}).
 */
@Path("sandbox/meta/{version: v\\d+\\.\\d+}/{node}/{edge: media_publish|content_publishing_limit}")
@SandboxOnly
@GraphApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublishingEdgeResource {

    /** Token lifetimes run on the sandbox clock, which tests move forward (issue 23). */
    @Inject
    io.igstudio.sandbox.control.SandboxClock sandboxClock;

    @Inject
    GraphCalls calls;

    @Inject
    Publisher publisher;

    @Inject
    PublishingControls controls;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest servlet;

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
        if (!edge.equals("media_publish")) {
            throw GraphError.unsupportedMethod("post", node + "/" + edge).exception();
        }
        var token = calls.authenticate(params, GraphError.tokenRequired(), sandboxClock.now());
        String answer = publisher.publish(node, params, token, servlet).toString();
        answerLate(controls.publishAnswerDelay(node));
        return answer;
    }

    /** The test control {@code publishAnswerSeconds}: published already, the answer is late (a crash test kills IG Studio meanwhile). */
    private static void answerLate(int seconds) {
        if (seconds > 0) {
            try {
                Thread.sleep(seconds * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String read(GraphParameters params) {
        if (!edge.equals("content_publishing_limit")) {
            throw GraphError.unsupportedGet(node + "/" + edge).exception();
        }
        var token = calls.authenticate(params, GraphError.tokenRequired(), sandboxClock.now());
        return publisher.limit(node, params.fields(), token, servlet).toString();
    }
}
