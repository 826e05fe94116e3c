package io.igstudio.sandbox.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.oauth.SandboxApp;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialogRequestTest {

    private static final String BASE = "http://localhost:8181";
    private static final String APP = MetaPlatform.SANDBOX_APP_ID;
    private static final String CALLBACK = BASE + "/callback/facebook";

    @Test
    void redirectMustExactlyMatchTheRegisteredCallback() {
        assertTrue(SandboxApp.isAllowedRedirect(CALLBACK, BASE));
        assertTrue(SandboxApp.isAllowedRedirect("https://studio.example.com/app/callback/facebook", "https://studio.example.com/app/"));
        assertFalse(SandboxApp.isAllowedRedirect("http://LOCALHOST:8181/callback/facebook", BASE), "other case");
        assertFalse(SandboxApp.isAllowedRedirect(CALLBACK + "?x=1", BASE), "other query");
        assertFalse(SandboxApp.isAllowedRedirect(BASE + "/..;/evil", BASE));
        assertFalse(SandboxApp.isAllowedRedirect(BASE + "/callback/facebook/../../evil", BASE));
        assertFalse(SandboxApp.isAllowedRedirect(CALLBACK + " ", BASE));
        assertFalse(SandboxApp.isAllowedRedirect("https://studio.example.com/other/cb", "https://studio.example.com/app"));
        assertFalse(SandboxApp.isAllowedRedirect("http://localhost:8182/callback", BASE));
        assertFalse(SandboxApp.isAllowedRedirect("https://localhost:8181/callback", BASE));
        assertFalse(SandboxApp.isAllowedRedirect("http://localhost:8181.evil.example/cb", BASE));
        assertFalse(SandboxApp.isAllowedRedirect("/callback", BASE));
        assertFalse(SandboxApp.isAllowedRedirect("http://localhost:8181/cb#frag", BASE));
        assertFalse(SandboxApp.isAllowedRedirect("", BASE));
    }

    @Test
    void badRequestsAreProblemsNotRedirects() {
        assertEquals("Invalid App ID", assertThrows(DialogProblem.class,
                () -> DialogRequest.parse(null, CALLBACK, "s", null, "code", BASE)).title());
        assertEquals("Invalid App ID", assertThrows(DialogProblem.class,
                () -> DialogRequest.parse("42", CALLBACK, "s", null, "code", BASE)).title());
        assertEquals("Missing redirect_uri", assertThrows(DialogProblem.class,
                () -> DialogRequest.parse(APP, null, "s", null, "code", BASE)).title());
        assertEquals("URL Blocked", assertThrows(DialogProblem.class,
                () -> DialogRequest.parse(APP, "https://evil.example.com/cb", "s", null, "code", BASE)).title());
    }

    @Test
    void scopesAreSplitAndUnknownOnesSetAside() {
        DialogRequest r = DialogRequest.parse(APP, CALLBACK, "s", "public_profile,email pages_show_list,bogus", null, BASE);
        assertEquals(List.of("public_profile", "email", "pages_show_list"), r.scopes());
        assertEquals(List.of("bogus"), r.ignoredScopes());
        assertEquals(List.of("public_profile"), DialogRequest.parse(APP, CALLBACK, "s", null, null, BASE).scopes());
    }

    @Test
    void redirectsCarryCodeOrMetasCancelParametersAndTheState() {
        DialogRequest r = DialogRequest.parse(APP, CALLBACK, "a b", "email", "code", BASE);
        assertEquals(CALLBACK + "?code=AQ1&state=a+b", r.allowRedirect("AQ1"));
        assertEquals(CALLBACK + "?error=access_denied&error_code=200&error_description=Permissions+error"
                + "&error_reason=user_denied&state=a+b", r.cancelRedirect());
    }
}
