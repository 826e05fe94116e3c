package io.igstudio.sandbox.graph;

import io.igstudio.graph.MetaPlatform;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;

/**
 * Routing of the sandbox's Graph API the way graph.facebook.com routes: versions per {@link GraphVersions}
 * (the path is rewritten before matching), and for a path or method the sandbox has no resource for,
 * Meta's JSON error instead of the container's HTML page: "Unknown path components" (2500) for an unknown
 * path, "Unsupported get request" (100) for a method the node does not support
 * (https://developers.facebook.com/docs/graph-api/guides/error-handling). Only in sandbox mode; the
 * sandbox's own pages (the control page, assets) keep their answers.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class GraphRouting implements ContainerRequestFilter, ContainerResponseFilter {

    static final String PREFIX = "sandbox/meta/";
    /**
     * Sandbox addresses that are not Graph API paths: assets, the control API, and the resumable upload
     * host (rupload.facebook.com/ig-api-upload/… at Meta, a host of its own with its own answers).
     */
    private static final Set<String> NOT_GRAPH = Set.of("assets", "_control", "rupload", "ig-api-upload");

    @Inject
    MetaPlatform meta;

    @Context
    HttpServletRequest servlet;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false);
        if (!meta.isSandbox() || !path.startsWith(PREFIX)) {
            return;
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        if (first.isEmpty() || NOT_GRAPH.contains(first)) {
            return;
        }
        GraphVersions.Decision decision = GraphVersions.decide(first, meta.apiVersion());
        if (decision instanceof GraphVersions.Serve serve && !serve.version().equals(first)) {
            rewrite(request, PREFIX + serve.version() + (slash < 0 ? "" : rest.substring(slash)));
        } else if (decision instanceof GraphVersions.Insert insert) {
            rewrite(request, PREFIX + insert.version() + "/" + rest);
        } else if (decision instanceof GraphVersions.Unknown) {
            request.abortWith(json(GraphError.unknownPath("/" + rest)));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath(false);
        if (!meta.isSandbox() || !path.startsWith(PREFIX) || response.getStatus() < 400) {
            return;
        }
        String rest = path.substring(PREFIX.length());
        String first = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        // the dialog is a page for people, not a Graph path
        if (NOT_GRAPH.contains(first) || rest.startsWith(first + "/dialog/")) {
            return;
        }
        GraphError error = switch (response.getStatus()) {
            case 404 -> GraphError.unknownPath(rest.contains("/") ? rest.substring(rest.indexOf('/')) : "/" + rest);
            case 405 -> GraphError.unsupportedMethod(request.getMethod(), nodeOf(rest));
            case 415 -> GraphError.unsupportedMethod(request.getMethod(), nodeOf(rest));
            default -> null;
        };
        if (error != null) {
            response.setStatus(error.status());
            response.setEntity(error.toJson(GraphTrace.of(servlet)).toString());
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, GraphJson.CONTENT_TYPE);
            response.getHeaders().remove("Allow");
        }
    }

    private Response json(GraphError error) {
        return Response.status(error.status()).header(HttpHeaders.CONTENT_TYPE, GraphJson.CONTENT_TYPE)
                .entity(error.toJson(GraphTrace.of(servlet)).toString()).build();
    }

    private static String nodeOf(String rest) {
        String[] parts = rest.split("/");
        return parts.length > 1 ? parts[1] : rest;
    }

    private static void rewrite(ContainerRequestContext request, String path) {
        var uri = request.getUriInfo();
        request.setRequestUri(uri.getBaseUri(), UriBuilder.fromUri(uri.getRequestUri())
                .replacePath(uri.getBaseUri().getPath().replaceAll("/$", "") + "/" + path).build());
    }

}
