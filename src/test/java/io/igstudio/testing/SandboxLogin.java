package io.igstudio.testing;

import io.igstudio.testing.WebClient.Reply;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Signs a {@link WebClient} in through the Meta sandbox's login dialog, the way a browser would:
 * {@code /signin} → the dialog → pick a seeded user → Allow → back to {@code /callback/facebook}.
 * The seeded users include "Ava Martin", "Ben Carter", "Chloe Nguyen" and "Dana Agency".
 */
public final class SandboxLogin {

    public static final String AVA = "Ava Martin";
    public static final String BEN = "Ben Carter";
    public static final String CHLOE = "Chloe Nguyen";

    private SandboxLogin() {
    }

    /** Starts a sign-in and returns the sandbox's dialog page. */
    public static Reply openDialog(WebClient visitor) {
        Reply dialog = visitor.open("/signin");
        if (dialog.status() != 200 || dialog.document().getElementById("sandbox-dialog") == null) {
            throw new AssertionError("Expected the sandbox's Facebook dialog after /signin, got " + dialog.describe());
        }
        return dialog;
    }

    /** Chooses the user and presses Allow; returns the sandbox's redirect to our callback, not yet followed. */
    public static Reply allowAs(WebClient visitor, Reply dialog, String name) {
        Reply answer = visitor.submit(dialog, "form#sandbox-dialog", "button#allow", Map.of("user_id", userId(dialog, name)));
        if (!answer.isRedirect() || !answer.location().orElseThrow().contains("/callback/facebook?")) {
            throw new AssertionError("Allow in the sandbox dialog should redirect to /callback/facebook, got "
                    + answer.describe() + " " + answer.header("Location").orElse(""));
        }
        return answer;
    }

    /** The whole round trip; returns the page it ends on (the dashboard when all went well). */
    public static Reply signIn(WebClient visitor, String name) {
        return visitor.follow(allowAs(visitor, openDialog(visitor), name));
    }

    /**
     * Connects Instagram the way the Accounts page does: the Connect form with its default permissions,
     * the sandbox dialog as {@code name} with {@code declined} scopes unticked, Allow, back to /accounts.
     */
    public static Reply connect(WebClient visitor, String name, String... declined) {
        Reply form = visitor.open("/accounts/connect");
        Reply dialog = visitor.follow(visitor.submit(form, "form#connect-form", "button#connect-instagram", Map.of()));
        if (dialog.document().getElementById("sandbox-dialog") == null) {
            throw new AssertionError("Connect should open the sandbox dialog, got " + dialog.describe());
        }
        var fields = new java.util.ArrayList<Map.Entry<String, String>>();
        var doc = dialog.document();
        var formElement = (org.jsoup.nodes.FormElement) doc.selectFirst("form#sandbox-dialog");
        java.util.List<String> skip = java.util.List.of(declined);
        formElement.formData().stream()
                .filter(kv -> !kv.key().equals("user_id"))
                .filter(kv -> !(kv.key().equals("granted") && skip.contains(kv.value())))
                .forEach(kv -> fields.add(Map.entry(kv.key(), kv.value())));
        fields.add(Map.entry("user_id", userId(dialog, name)));
        fields.add(Map.entry("decision", "allow"));
        return visitor.follow(visitor.postForm(formElement.absUrl("action"), fields));
    }

    /** The value of the {@code user_id} radio whose label names this person. */
    public static String userId(Reply dialog, String name) {
        Document doc = dialog.document();
        for (Element radio : doc.select("#sandbox-dialog input[name=user_id]")) {
            Element label = radio.id().isEmpty() ? null : doc.selectFirst("label[for=" + radio.id() + "]");
            if (label == null) {
                label = radio.closest("label");
            }
            if (label != null && label.text().contains(name)) {
                return radio.val();
            }
        }
        throw new AssertionError("The sandbox dialog offers no user named '" + name + "': " + dialog.describe());
    }
}
