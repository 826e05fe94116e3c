package io.igstudio.sandbox.graph;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.control.GraphStats;
import io.igstudio.sandbox.control.InstagramGate;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Adds the headers graph.facebook.com sends with every answer, errors included: {@code x-fb-trace-id}
 * (the same id as {@code fbtrace_id} in an error body), {@code x-fb-rev}, {@code facebook-api-version}
 * and {@code X-App-Usage}; on Instagram calls also {@code X-Business-Use-Case-Usage}, which
 * {@link InstagramGate} worked out. Every answer is one Graph call for {@link GraphStats}.
 */
@Provider
@GraphApi
public class GraphHeaders implements ContainerResponseFilter {

    /** Meta's x-fb-rev is the revision of the server code; the sandbox's is fixed. */
    static final String REVISION = "1026000001";

    @Context
    HttpServletRequest servletRequest;

    @Inject
    AppUsage usage;

    @Inject
    MetaPlatform meta;

    @Inject
    GraphStats stats;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        headers.putSingle("x-fb-trace-id", GraphTrace.of(servletRequest));
        headers.putSingle("x-fb-rev", REVISION);
        String version = request.getUriInfo().getPathParameters().getFirst("version");
        headers.putSingle("facebook-api-version", version != null ? version : meta.apiVersion());
        headers.putSingle("X-App-Usage", usage.record(MetaPlatform.SANDBOX_APP_ID));
        if (servletRequest.getAttribute(InstagramGate.USAGE_HEADER) instanceof String businessUseCase) {
            headers.putSingle("X-Business-Use-Case-Usage", businessUseCase);
        }
        if (response.getMediaType() != null && response.getMediaType().isCompatible(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)) {
            headers.putSingle(jakarta.ws.rs.core.HttpHeaders.CONTENT_TYPE, GraphJson.CONTENT_TYPE);
        }
        stats.served();
        headers.putSingle("Cache-Control", "private, no-cache, no-store, must-revalidate");
    }
}
