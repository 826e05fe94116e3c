package io.igstudio.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;

/**
 * A sign-in callback with a {@code code} makes pac4j exchange it at Meta's token endpoint: anyone could
 * drive that endpoint with forged codes. Counted by {@link TokenCallLimit} per address (and per person
 * when someone signed in is connecting accounts); over the limit: 429 with {@code Retry-After}.
 */
class CallbackLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final TokenCallLimit limit;
    private final Function<HttpServletRequest, String> signedInUser;

    CallbackLimitFilter(TokenCallLimit limit, Function<HttpServletRequest, String> signedInUser) {
        this.limit = limit;
        this.signedInUser = signedInUser;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getParameter("code") != null) {
            var wait = limit.admit(signedInUser.apply(request), request.getRemoteAddr());
            if (wait.isPresent()) {
                response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
                response.sendError(429);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
