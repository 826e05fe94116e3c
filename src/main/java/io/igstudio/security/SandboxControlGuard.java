package io.igstudio.security;

import io.igstudio.graph.MetaPlatform;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * The sandbox's control API ({@code /sandbox/meta/_control/...}: the clock, quotas, arriving comments, people's
 * permissions) changes what every sandbox person sees: signed-in people of this site only (issue 15), whatever
 * the resource declares. {@link JsonApi} on each resource was the rule, and three resources forgot it; this guard
 * goes by the path, so a new control route cannot. Resources marked {@link JsonApi} are checked once, by
 * {@link JsonApiGuard}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SandboxControlGuard implements ContainerRequestFilter {

    static final String CONTROL = "sandbox/meta/_control";

    @Inject
    CurrentUser currentUser;

    @Inject
    MetaPlatform meta;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (!(relative.equals(CONTROL) || relative.startsWith(CONTROL + "/")) || boundToJsonApi()) {
            return;
        }
        JsonApiGuard.check(request, currentUser, meta);
    }

    private boolean boundToJsonApi() {
        return resource != null && (resource.getResourceClass() != null
                && resource.getResourceClass().isAnnotationPresent(JsonApi.class)
                || resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(JsonApi.class));
    }
}
