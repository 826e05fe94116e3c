package io.igstudio.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * The response headers every answer carries, set before anything else runs so that error pages and
 * static files have them too:
 * <ul>
 * <li>{@code Content-Security-Policy}: scripts, styles, fonts and frames only from our own origin, no
 * inline script, handler or style attribute; images and videos also from Meta's https CDNs (live
 * mode shows Instagram media from there); forms may also go to Meta's dialog, because a form whose
 * answer redirects there (Connect) counts as going there;</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}, no framing;</li>
 * <li>{@code Cache-Control: no-store} on everything but static files (signed-in pages and the JSON
 * API must not stay in shared or back-button caches);</li>
 * <li>{@code Strict-Transport-Security} whenever the base URL is https, whatever the connection from a
 * TLS proxy to Payara looks like.</li>
 * </ul>
 */
class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final String policy;
    private final boolean https;

    SecurityHeaders(String baseUrl, String dialogBase) {
        this.policy = contentSecurityPolicy(dialogBase);
        this.https = isHttps(baseUrl);
    }

    static String contentSecurityPolicy(String dialogBase) {
        String dialogOrigin = origin(dialogBase);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
                + "media-src 'self' https:; font-src 'self'; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; frame-ancestors 'none'; form-action 'self'"
                + (dialogOrigin.isEmpty() ? "" : " " + dialogOrigin);
    }

    static boolean isHttps(String baseUrl) {
        return baseUrl != null && baseUrl.trim().toLowerCase().startsWith("https://");
    }

    static boolean isStatic(String path) {
        return path.startsWith("/static/") || path.startsWith("/webjars/");
    }

    private static String origin(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() == null || uri.getAuthority() == null ? ""
                    : uri.getScheme() + "://" + uri.getAuthority();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!isStatic(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
