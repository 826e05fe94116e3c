package io.igstudio.testing;

import io.igstudio.testing.WebClient.Reply;
import java.util.Map;

/**
 * The Meta sandbox's control API ({@code /sandbox/meta/_control/…}) for tests. It takes signed-in IG Studio
 * people only (issue 15), so calls go through one signed-in visitor, Chloe (who has no Pages, so nothing
 * she does here changes what other tests see), signed in again when the application was restarted.
 */
public final class SandboxControl {

    private static WebClient operator;

    private SandboxControl() {
    }

    /** A visitor signed in to IG Studio, for the control page. */
    public static WebClient operator() {
        WebClient visitor = new WebClient();
        SandboxLogin.signIn(visitor, SandboxLogin.CHLOE);
        return visitor;
    }

    /** Sends a control call (JSON body, or none) as a signed-in person. */
    public static synchronized Reply send(String method, String path, String json) {
        Map<String, String> headers = json == null ? Map.of() : Map.of("Content-Type", "application/json");
        if (operator == null) {
            operator = operator();
        }
        Reply reply = operator.send(method, path, json, headers);
        if (reply.status() == 401) {
            // a new Payara Micro (the next test class) knows no session of the last one
            operator = operator();
            reply = operator.send(method, path, json, headers);
        }
        return reply;
    }

    /** Reads a control resource as a signed-in person. */
    public static Reply get(String path) {
        return send("GET", path, null);
    }
}
