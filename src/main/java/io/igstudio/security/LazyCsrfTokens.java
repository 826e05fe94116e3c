package io.igstudio.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.krazo.security.CsrfToken;
import org.eclipse.krazo.security.CsrfTokenStrategy;

/**
 * Krazo's CSRF tokens, kept in the HTTP session, but a session is only created when a form asks for a
 * token ({@link FormToken}). Krazo's own strategy creates a session for every controller response,
 * because its {@code CsrfProtectFilter} puts the token in an {@code X-CSRF-TOKEN} response header: every
 * cookie-less visit of the landing page then cost a session of about 3.4 KB for hours (issue 15). When
 * no session exists and no form asked, the header gets a throw-away value that no check ever accepts.
 *
 * <p>It also spares every request Krazo's {@code HttpUtil.unwrapOriginalRequest}, which runs a
 * {@code ServiceLoader} scan of the whole class path per call (issue 17; see the README's "Performance notes"):
 * the request handed in here is Jersey's proxy of the current request, whose session is the one to use.
 */
public final class LazyCsrfTokens implements CsrfTokenStrategy {

    static final String SESSION_KEY = LazyCsrfTokens.class.getName() + ".TOKEN";
    /** Request attribute set by {@link FormToken}: this response renders a form that must be accepted. */
    static final String FORM_NEEDS_TOKEN = LazyCsrfTokens.class.getName() + ".NEEDED";
    private static final String HEADER = "X-CSRF-TOKEN";
    private static final String FIELD = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Optional<CsrfToken> getToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof CsrfToken token) {
            return Optional.of(token);
        }
        if (!create) {
            return Optional.empty();
        }
        CsrfToken token = new CsrfToken(HEADER, FIELD, randomValue());
        if (session != null || request.getAttribute(FORM_NEEDS_TOKEN) != null) {
            request.getSession(true).setAttribute(SESSION_KEY, token);
        }
        return Optional.of(token);
    }

    /** Sign-in renews the session; the token that an anonymous visitor may have seen goes with the old one. */
    static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }

    private static String randomValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
