package io.igstudio.security;

import io.igstudio.graph.MetaPlatform;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * Guards the JSON API for the specification's TypeScript client, which calls it with a plain
 * same-origin {@code fetch} (JSON body, session cookie, no extra header):
 * <ul>
 * <li>no signed-in user: 401 {@code {"error":"unauthorized"}};</li>
 * <li>a state-changing request from another origin: 403 {@code cross_origin_request}. Browsers send
 * {@code Origin} on every cross-origin request and on same-origin POST/DELETE, and
 * {@code Sec-Fetch-Site}; neither can be forged by a page;</li>
 * <li>a POST whose body is not JSON: 415 {@code json_required}, which also rules out plain HTML forms
 * (they cannot send {@code application/json} without a CORS preflight, which we never grant).</li>
 * </ul>
 */
@Provider
@JsonApi
@Priority(Priorities.AUTHENTICATION)
public class JsonApiGuard implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentUser currentUser;

    @Inject
    MetaPlatform meta;

    @Override
    public void filter(ContainerRequestContext request) {
        check(request, currentUser, meta);
    }

    /** The checks above; also run by {@link SandboxControlGuard} for every route of the sandbox's control API. */
    static void check(ContainerRequestContext request, CurrentUser currentUser, MetaPlatform meta) {
        String method = request.getMethod();
        if (!SAFE.contains(method) && !sameOrigin(request, meta)) {
            abort(request, 403, "cross_origin_request", "Requests from other sites are refused");
            return;
        }
        if (!currentUser.isSignedIn()) {
            abort(request, 401, "unauthorized", "Sign in first");
            return;
        }
        MediaType type = request.getMediaType();
        // a POST without any body (the sandbox's usage reset) carries nothing a form could have forged
        boolean bodiless = type == null && !request.hasEntity();
        if ("POST".equals(method) && !bodiless && (type == null || type.isWildcardType() || type.isWildcardSubtype()
                || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE))) {
            abort(request, 415, "json_required", "Send a JSON body with Content-Type: application/json");
        }
    }

    private static boolean sameOrigin(ContainerRequestContext request, MetaPlatform meta) {
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            // not a browser (curl, a server): it cannot ride on someone's session cookie
            return true;
        }
        URI requestUri = request.getUriInfo().getRequestUri();
        String own = requestUri.getScheme() + "://" + requestUri.getAuthority();
        return origin.equalsIgnoreCase(own) || origin.equalsIgnoreCase(originOf(meta.baseUrl()));
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static void abort(ContainerRequestContext request, int status, String code, String message) {
        request.abortWith(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", code, "message", message)).build());
    }
}
