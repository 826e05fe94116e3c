package io.igstudio.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Logger;
import org.pac4j.core.util.Pac4jConstants;

/**
 * Turns every way a Facebook callback can fail into a friendly page instead of a loop or a stack trace.
 *
 * <p>A cancelled dialog comes back as {@code error=access_denied&error_reason=user_denied} (Meta's
 * manual login flow documentation, "Canceled Login"); pac4j would then redirect to the sign-in again,
 * which reopens the dialog. A state mismatch or a code that Meta refuses surfaces as an exception from
 * pac4j's callback logic.
 */
class SignInProblemFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SignInProblemFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (signedIn(request) && !connecting(request)) {
            // a reloaded or bookmarked callback: the person is signed in already, nothing to verify again
            response.sendRedirect(request.getContextPath() + "/dashboard");
            return;
        }
        String error = request.getParameter("error");
        if (error != null) {
            String reason = request.getParameter("error_reason");
            redirect(request, response, "user_denied".equals(reason) ? SignInProblem.CANCELLED : SignInProblem.DENIED);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            SignInProblem problem = classify(e);
            // the message names the failure, never a token: pac4j and ScribeJava put codes, not tokens, in them
            LOG.warning(() -> "Sign-in failed (" + problem.code() + "): " + e.getClass().getSimpleName());
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            redirect(request, response, problem);
        }
    }

    static SignInProblem classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getSimpleName();
            if (t instanceof io.igstudio.users.SuspendedException) {
                return SignInProblem.SUSPENDED;
            }
            String message = String.valueOf(t.getMessage()).toLowerCase();
            if (message.contains("state")) {
                return SignInProblem.STATE;
            }
            if (type.equals("FacebookAccessTokenErrorResponse") || type.equals("OAuth2AccessTokenErrorResponse")
                    || message.contains("authorization code") || message.contains("verification code")) {
                return SignInProblem.CODE;
            }
        }
        return SignInProblem.UNAVAILABLE;
    }

    /**
     * The problem page's "Try again" returns to where the round trip began: the Connect page for a connect
     * round trip (whose intent is dropped here, so that a later sign-in is not taken for a connect).
     */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, SignInProblem problem)
            throws IOException {
        boolean connect = connecting(request);
        if (connect) {
            request.getSession().removeAttribute(ConnectIntent.SESSION_KEY);
        }
        response.sendRedirect(request.getContextPath() + "/signin/problem?reason=" + problem.code()
                + (connect ? "&during=connect" : ""));
    }

    private static boolean connecting(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(ConnectIntent.SESSION_KEY) != null;
    }

    private static boolean signedIn(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(Pac4jConstants.USER_PROFILES) instanceof Map<?, ?> m
                && !m.isEmpty();
    }
}
