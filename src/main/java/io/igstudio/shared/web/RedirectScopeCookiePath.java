package io.igstudio.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Krazo carries its redirect scope (the flash message) in a cookie rather than in the address bar (see
 * {@link IgStudioApplication}), but gives that cookie the context path as its path: at the root context that
 * is an empty path, and browsers then scope the cookie to the folder of the form's address
 * ({@code /accounts/{id}} for {@code POST /accounts/{id}/disconnect}), so the page redirected to
 * ({@code /accounts}) never receives it. Here the cookie gets the path {@code /} instead.
 */
@WebFilter(urlPatterns = "/*")
public class RedirectScopeCookiePath extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Krazo's default name, {@code org.eclipse.krazo.Properties.DEFAULT_REDIRECT_SCOPE_COOKIE_NAME}. */
    static final String COOKIE = "org.eclipse.krazo.redirect.Cookie";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String root = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addCookie(Cookie cookie) {
                if (COOKIE.equals(cookie.getName()) && (cookie.getPath() == null || cookie.getPath().isEmpty())) {
                    cookie.setPath(root);
                }
                super.addCookie(cookie);
            }
        });
    }
}
