package io.igstudio.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The operational endpoints that Payara adds beside the application. {@code /health} stays public (load
 * balancers). {@code /metrics} is for monitoring: it needs {@code Authorization: Bearer} with the token of
 * {@code igstudio.metrics.token}, or a request from this machine that no proxy forwarded (a proxy on the
 * same host makes every visitor look local, so forwarded requests need the token). {@code /openapi}
 * named every route and the Jersey version: it answers 404.
 */
class OperationsGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final Optional<String> token;

    OperationsGuard(Optional<String> token) {
        this.token = token.map(String::trim).filter(t -> !t.isEmpty());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/openapi") || path.startsWith("/openapi/")) {
            response.sendError(404);
            return;
        }
        if ((path.equals("/metrics") || path.startsWith("/metrics/")) && !allowed(request)) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            response.sendError(401);
            return;
        }
        chain.doFilter(request, response);
    }

    boolean allowed(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (token.isPresent() && authorization != null && authorization.startsWith("Bearer ")) {
            return MessageDigest.isEqual(token.get().getBytes(StandardCharsets.UTF_8),
                    authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8));
        }
        boolean forwarded = request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null;
        return !forwarded && isLoopback(request.getRemoteAddr());
    }

    static boolean isLoopback(String address) {
        try {
            // a literal address from the container: no name lookup happens
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
