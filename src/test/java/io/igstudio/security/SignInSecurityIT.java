package io.igstudio.security;

import static io.igstudio.testing.SandboxLogin.AVA;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.Deployments;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in round trip over plain HTTP, where a browser would hide what matters: session ids,
 * OAuth state and code, CSRF on sign-out. Signs in through the Meta sandbox.
 */
@ExtendWith(ArquillianExtension.class)
class SignInSecurityIT {

    private static final String SESSION = "IGSTUDIO_SESSION";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    @Test
    void signInGivesANewSessionId() {
        WebClient visitor = new WebClient();
        Reply dialog = SandboxLogin.openDialog(visitor);
        String before = visitor.cookie(SESSION).orElseThrow(() -> new AssertionError("no session before sign-in"));

        Reply dashboard = visitor.follow(SandboxLogin.allowAs(visitor, dialog, AVA));

        assertSignedInAs(AVA, dashboard);
        String after = visitor.cookie(SESSION).orElseThrow();
        assertNotEquals(before, after, "the session id must change at sign-in (session fixation)");

        WebClient attacker = new WebClient();
        attacker.setCookie(SESSION, before);
        Reply stolen = attacker.get("/dashboard");
        assertNotEquals(200, stolen.status(), "the pre-sign-in session id must not open the dashboard");
    }

    @Test
    void forgedCallbackWithoutASignInEndsOnTheStateProblemPage() {
        Reply end = new WebClient().open("/callback/facebook?code=x&state=wrong");

        assertSignInProblem("state", end);
    }

    @Test
    void callbackWithAnotherStateThanTheSessionsEndsOnTheStateProblemPage() {
        WebClient visitor = new WebClient();
        SandboxLogin.openDialog(visitor);

        Reply end = visitor.open("/callback/facebook?code=x&state=wrong");

        assertSignInProblem("state", end);
        assertNotEquals(200, visitor.get("/dashboard").status(), "not signed in");
    }

    @Test
    void tryAgainAfterAStateMismatchOpensTheDialogAgain() {
        WebClient visitor = new WebClient();
        SandboxLogin.openDialog(visitor);
        assertSignInProblem("state", visitor.open("/callback/facebook?code=x&state=wrong"));

        Reply again = visitor.open("/signin");

        assertNotNull(again.document().getElementById("sandbox-dialog"),
                "Try again (/signin) opens Facebook's dialog, not " + again.describe());
    }

    @Test
    void tryAgainAfterACallbackWithAValidStateButNoCodeOpensTheDialogAgain() {
        WebClient visitor = new WebClient();
        String state = query(SandboxLogin.openDialog(visitor).uri().toString(), "state");
        Reply problem = visitor.open("/callback/facebook?state=" + state);
        assertTrue(problem.pathAndQuery().startsWith("/signin/problem"), problem.describe());

        Reply again = visitor.open("/signin");

        assertNotNull(again.document().getElementById("sandbox-dialog"),
                "Try again (/signin) opens Facebook's dialog, not " + again.describe());
    }

    @Test
    void reloadingTheCallbackWhileSignedInKeepsThePersonSignedIn() {
        WebClient visitor = new WebClient();
        Reply callback = SandboxLogin.allowAs(visitor, SandboxLogin.openDialog(visitor), AVA);
        assertSignedInAs(AVA, visitor.follow(callback));

        Reply reload = visitor.open(callback.location().orElseThrow());

        assertSignedInAs(AVA, reload);
    }

    @Test
    void aCodeUsedOnceCannotSignInAgain() {
        WebClient first = new WebClient();
        Reply callback = SandboxLogin.allowAs(first, SandboxLogin.openDialog(first), AVA);
        assertSignedInAs(AVA, first.follow(callback));
        String usedCode = query(callback.location().orElseThrow(), "code");

        // a second browser starts its own sign-in (valid state) but presents the code already exchanged
        WebClient second = new WebClient();
        Reply dialog = SandboxLogin.openDialog(second);
        String state = query(dialog.uri().toString(), "state");
        Reply end = second.open("/callback/facebook?code=" + usedCode + "&state=" + state);

        assertSignInProblem("code", end);
        assertNotEquals(200, second.get("/dashboard").status(), "not signed in");
    }

    @Test
    void signOutWithoutCsrfTokenIsRefused() {
        WebClient visitor = new WebClient();
        assertSignedInAs(AVA, SandboxLogin.signIn(visitor, AVA));

        Reply withoutToken = visitor.postForm("/signout", List.of());
        Reply wrongToken = visitor.postForm("/signout", List.of(Map.entry("_csrf", "not-the-token")));

        assertAll(
                () -> assertEquals(403, withoutToken.status(), withoutToken.describe()),
                () -> assertEquals(403, wrongToken.status(), wrongToken.describe()),
                () -> assertSignedInAs(AVA, visitor.open("/dashboard")));
    }

    @Test
    void aFormPostedToAnUnknownAddressGetsTheNotFoundPage() {
        WebClient visitor = new WebClient();
        assertSignedInAs(AVA, SandboxLogin.signIn(visitor, AVA));

        Reply reply = visitor.postForm("/no-such-form", List.of(Map.entry("a", "b")));

        assertAll(
                () -> assertEquals(404, reply.status(), reply.describe()),
                () -> assertNotNull(reply.document().getElementById("error-page"), reply.excerpt()));
    }

    @Test
    void unknownAddressWhenSignedInShowsFriendlyNotFoundPage() {
        WebClient visitor = new WebClient();
        assertSignedInAs(AVA, SandboxLogin.signIn(visitor, AVA));

        Reply reply = visitor.open("/no-such-page");

        Element error = reply.document().getElementById("error-page");
        assertAll(
                () -> assertEquals(404, reply.status(), reply.describe()),
                () -> assertNotNull(error, "IG Studio's error page: " + reply.excerpt()),
                () -> assertFalse(reply.body().contains("Exception"), "no exception names"),
                () -> assertFalse(reply.body().contains("at io."), "no stack trace"));
    }

    private static void assertSignedInAs(String name, Reply page) {
        Element title = page.document().getElementById("dashboard-title");
        assertAll(
                () -> assertEquals(200, page.status(), page.describe()),
                () -> assertEquals("/dashboard", page.uri().getPath(), page.describe()),
                () -> assertNotNull(title, "dashboard title on " + page.describe()),
                () -> assertTrue(title != null && title.text().contains(name), "greets " + name));
    }

    private static void assertSignInProblem(String reason, Reply end) {
        Element problem = end.document().getElementById("signin-problem");
        assertAll(
                () -> assertEquals("/signin/problem?reason=" + reason, end.pathAndQuery(), end.describe()),
                () -> assertEquals(200, end.status(), end.describe()),
                () -> assertNotNull(problem, "the friendly sign-in problem page"),
                () -> assertEquals(reason, problem == null ? null : problem.attr("data-reason")),
                () -> assertNotNull(end.document().getElementById("try-again"), "Try again link"));
    }

    private static String query(String url, String name) {
        String query = URI.create(url).getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }
}
