package io.igstudio.audit;

import io.igstudio.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records every state-changing request (any method but GET, HEAD and OPTIONS) of a signed-in person, and every
 * Facebook callback (a sign-in or a connect, done or refused). Static files, the simulated Graph API of the
 * sandbox (IG Studio calling itself) and status polls are skipped. The request's parameters are never read:
 * that would consume form bodies before Krazo's CSRF check, and bodies may hold secrets.
 */
class AuditTrail extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** security.ConnectIntent's session key: present while a connect round trip is under way. */
    private static final String CONNECT_INTENT = "igstudio.connectIntent";

    private final AuditLog log;
    private final boolean trustForwardedFor;

    AuditTrail(AuditLog log, boolean trustForwardedFor) {
        this.log = log;
        this.trustForwardedFor = trustForwardedFor;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean callback = path.startsWith("/callback/");
        if ((SAFE.contains(request.getMethod()) && !callback) || skipped(path)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession before = request.getSession(false);
        String userId = userId(before);
        String name = userId == null ? null : CurrentUser.nameIn(before).orElse(null);
        boolean connecting = before != null && attribute(before, CONNECT_INTENT);
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            if (callback) {
                String after = userId(request.getSession(false));
                String location = Optional.ofNullable(response.getHeader("Location")).orElse("");
                boolean refused = after == null || location.contains("/signin/problem");
                write(after != null ? after : userId, null, connecting ? "account.connect" : "sign-in", null,
                        request, refused && status < 400 ? 401 : status);
            } else if (userId != null) {
                RouteAction route = RouteAction.of(request.getMethod(), path);
                write(userId, name, route.action(), route.target(), request, status);
            }
        }
    }

    private void write(String userId, String name, String action, String target, HttpServletRequest request, int status) {
        try {
            log.record(userId, name, action, target, address(request), status);
        } catch (RuntimeException e) {
            // the request's own work is done; a lost audit line is logged, never turned into an error page
            LOG.log(Level.WARNING, "Audit entry not written for " + action + ": " + e.getClass().getSimpleName());
        }
    }

    static boolean skipped(String path) {
        if (path.startsWith("/sandbox/meta/")) {
            return !path.startsWith("/sandbox/meta/_control/");
        }
        return path.startsWith("/static/") || path.startsWith("/webjars/") || path.startsWith("/public-media/")
                || path.equals("/health") || path.startsWith("/health/") || path.startsWith("/metrics")
                || path.equals("/error") || path.endsWith("/status");
    }

    /**
     * The remote address, or when configured (a reverse proxy in front) the address the proxy saw: the last
     * entry of X-Forwarded-For, the one our proxy appended (earlier entries are whatever the client sent).
     */
    String address(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].trim();
        }
        return request.getRemoteAddr();
    }

    private static String userId(HttpSession session) {
        try {
            return CurrentUser.userIdOf(session).orElse(null);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static boolean attribute(HttpSession session, String name) {
        try {
            return session.getAttribute(name) != null;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
