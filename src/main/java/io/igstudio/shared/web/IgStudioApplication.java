package io.igstudio.shared.web;

import io.igstudio.security.LazyCsrfTokens;
import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * One JAX-RS application for the pages (Krazo controllers), the JSON API and the Meta sandbox.
 * Every POST, PUT, PATCH and DELETE to a controller is CSRF-checked by Krazo (implicit mode), so no
 * form can forget it.
 */
@ApplicationPath("/")
public class IgStudioApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                Csrf.CSRF_PROTECTION, Csrf.CsrfOptions.IMPLICIT,
                // the redirect scope (flash messages) travels in a cookie, not as ?...ScopeId= in the address bar
                org.eclipse.krazo.Properties.REDIRECT_SCOPE_COOKIES, true,
                // sessions only for forms: see LazyCsrfTokens (issue 15)
                "org.eclipse.krazo.csrfTokenStrategy", new LazyCsrfTokens(),
                "jersey.config.server.wadl.disableWadl", true);
    }
}
