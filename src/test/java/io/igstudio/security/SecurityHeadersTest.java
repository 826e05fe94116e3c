package io.igstudio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HSTS whenever the base URL is https, whether Payara or a proxy in front of it speaks TLS (issue 15). */
class SecurityHeadersTest {

    @Test
    void anHttpsBaseUrlGetsHstsEvenOverPlainHttpFromAProxy() throws Exception {
        Map<String, String> headers = run("https://studio.example.com");
        assertTrue(headers.get("Strict-Transport-Security").startsWith("max-age="), headers.toString());
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("no-store", headers.get("Cache-Control"));
    }

    @Test
    void plainHttpBaseUrlGetsNoHsts() throws Exception {
        assertNull(run("http://localhost:8080").get("Strict-Transport-Security"));
    }

    @Test
    void theFacebookDialogMayReceiveTheConnectForm() {
        String csp = SecurityHeaders.contentSecurityPolicy("https://www.facebook.com/v26.0");
        assertTrue(csp.contains("form-action 'self' https://www.facebook.com"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
    }

    private static Map<String, String> run(String baseUrl) throws Exception {
        Map<String, String> headers = new HashMap<>();
        // the request arrives over plain HTTP, as from a TLS proxy
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getServletPath" -> "/dashboard";
                    case "getScheme" -> "http";
                    case "isSecure" -> false;
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
                    if (m.getName().equals("setHeader")) {
                        headers.put((String) a[0], (String) a[1]);
                    }
                    return null;
                });
        new SecurityHeaders(baseUrl, baseUrl + "/sandbox/meta/v26.0").doFilter(request, response, (rq, rs) -> { });
        return headers;
    }

    private static ClassLoader getLoader() {
        return SecurityHeadersTest.class.getClassLoader();
    }
}
