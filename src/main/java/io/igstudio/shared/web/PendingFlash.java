package io.igstudio.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether this request has a {@link Flash} to show. Merely reading the redirect-scoped {@code notice}
 * makes Krazo open a redirect scope, and with it an HTTP session, on every page: the layout asks this
 * first, so that anonymous pages cost no session (issue 15). Krazo keeps the scope id in this request
 * attribute when the request came back from a redirect with a flash, or when a controller of this
 * request used one.
 */
@Named("pendingFlash")
@RequestScoped
public class PendingFlash {

    static final String KRAZO_SCOPE_ID = "org.eclipse.krazo.redirect.attribute.ScopeId";

    @Inject
    HttpServletRequest request;

    public boolean isPresent() {
        return request.getAttribute(KRAZO_SCOPE_ID) != null;
    }
}
