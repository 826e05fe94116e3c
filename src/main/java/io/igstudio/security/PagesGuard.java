package io.igstudio.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.pac4j.core.util.Pac4jConstants;
import org.pac4j.jee.filter.SecurityFilter;

/**
 * Sends signed-out visitors of a signed-in page through pac4j's security filter (which remembers the
 * page and opens the Facebook dialog). Public paths and signed-in requests never reach pac4j: its
 * filter reads request parameters ({@code force_client}), which makes the container consume form
 * bodies, and Krazo's CSRF check then finds no {@code _csrf} field.
 */
class PagesGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final SecurityFilter pac4j;
    private final PublicPaths publicPaths;

    PagesGuard(SecurityFilter pac4j, PublicPaths publicPaths) {
        this.pac4j = pac4j;
        this.publicPaths = publicPaths;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the container's decoded, normalised path, so that /static/../dashboard is not taken for /static
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (signedIn(request)) {
            SessionPolicy.signedIn(request.getSession(false));
            chain.doFilter(request, response);
        } else if (publicPaths.matches(path)) {
            chain.doFilter(request, response);
        } else {
            pac4j.doFilter(request, response, chain);
        }
    }

    private static boolean signedIn(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(Pac4jConstants.USER_PROFILES) instanceof Map<?, ?> m
                && !m.isEmpty();
    }
}
