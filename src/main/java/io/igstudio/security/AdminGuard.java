package io.igstudio.security;

import io.igstudio.shared.web.ErrorPage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * The one guard of the admin console: every request under {@code /admin}, whatever its method, reaches a
 * controller only for an administrator; other signed-in people get 403 before any controller, form or CSRF
 * check runs. Signed-out visitors never get here: the pages guard (registered before) sends them to sign in.
 */
class AdminGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final Predicate<String> isAdmin;

    AdminGuard(Predicate<String> isAdmin) {
        this.isAdmin = isAdmin;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String userId = CurrentUser.userIdOf(request.getSession(false)).orElse(null);
        if (userId != null && !isAdmin.test(userId)) {
            request.setAttribute(ErrorPage.DETAIL, "The admin console is for administrators of this IG Studio.");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
