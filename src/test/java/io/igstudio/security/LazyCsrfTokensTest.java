package io.igstudio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CSRF tokens behave as Krazo's session strategy (one per session, Krazo's field and header names), but
 * only a form creates a session, and no call unwraps the request (Krazo's own strategy runs a class-path
 * scan per call there, see the README's performance notes).
 */
class LazyCsrfTokensTest {

    private final LazyCsrfTokens tokens = new LazyCsrfTokens();

    @Test
    void noSessionIsCreatedJustToLookATokenUp() {
        var visitor = new Visitor();
        assertTrue(tokens.getToken(visitor.request(), null, false).isEmpty());
        assertNull(visitor.session);
    }

    @Test
    void aPageWithoutAFormGetsAThrowAwayTokenAndNoSession() {
        var visitor = new Visitor();
        var token = tokens.getToken(visitor.request(), null, true).orElseThrow();
        assertNull(visitor.session, "the X-CSRF-TOKEN header of an anonymous page costs no session");
        assertTrue(tokens.getToken(visitor.request(), null, false).isEmpty(), "and is never accepted: " + token.getValue());
    }

    @Test
    void aFormGetsOneTokenPerSessionWithKrazosFieldAndHeaderNames() {
        var visitor = new Visitor();
        visitor.attributes.put(LazyCsrfTokens.FORM_NEEDS_TOKEN, Boolean.TRUE);
        var token = tokens.getToken(visitor.request(), null, true).orElseThrow();
        assertEquals("_csrf", token.getParamName());
        assertEquals("X-CSRF-TOKEN", token.getHeaderName());
        assertEquals(token, tokens.getToken(visitor.request(), null, false).orElseThrow());
        assertEquals(token, tokens.getToken(visitor.request(), null, true).orElseThrow());
        var other = new Visitor();
        other.attributes.put(LazyCsrfTokens.FORM_NEEDS_TOKEN, Boolean.TRUE);
        assertNotEquals(token.getValue(), tokens.getToken(other.request(), null, true).orElseThrow().getValue());
    }

    /** A browser with a session store of its own, through the servlet calls the strategy makes. */
    private static final class Visitor {
        final Map<String, Object> attributes = new HashMap<>();
        HttpSession session;

        HttpServletRequest request() {
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "getSession" -> {
                            if (session == null && (args == null || (Boolean) args[0])) {
                                session = session(new HashMap<>());
                            }
                            yield session;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private static HttpSession session(Map<String, Object> attributes) {
            return (HttpSession) Proxy.newProxyInstance(Visitor.class.getClassLoader(),
                    new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
