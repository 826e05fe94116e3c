package io.igstudio.testing;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.testing.WebClient.Reply;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.FormElement;

/**
 * User tokens straight from the sandbox, the way any client app of Meta gets them: the OAuth dialog with
 * the app's registered redirect URI, Allow as a sandbox person, then the code exchanged at
 * {@code /oauth/access_token} with the installation's app secret.
 */
public final class SandboxTokens {

    private SandboxTokens() {
    }

    /** A short-lived user token of {@code person} with the {@code scope} asked for, minus {@code declined}. */
    public static String userToken(String person, String scope, String... declined) {
        WebClient app = new WebClient();
        String redirect = ItEnvironment.baseUrl() + "/callback/facebook";
        Reply dialog = app.get("/sandbox/meta/v26.0/dialog/oauth?client_id=" + MetaPlatform.SANDBOX_APP_ID
                + "&redirect_uri=" + encode(redirect) + "&state=s&response_type=code&scope=" + encode(scope));
        if (dialog.status() != 200) {
            throw new AssertionError("sandbox dialog: " + dialog.describe() + " " + dialog.body());
        }
        FormElement form = (FormElement) dialog.document().selectFirst("form#sandbox-dialog");
        List<String> skip = List.of(declined);
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        form.formData().stream()
                .filter(kv -> !kv.key().equals("user_id"))
                .filter(kv -> !(kv.key().equals("granted") && skip.contains(kv.value())))
                .forEach(kv -> fields.add(Map.entry(kv.key(), kv.value())));
        fields.add(Map.entry("user_id", SandboxLogin.userId(dialog, person)));
        fields.add(Map.entry("decision", "allow"));
        Reply allowed = app.postForm(form.absUrl("action"), fields);
        String location = allowed.location().orElseThrow(() -> new AssertionError("no redirect: " + allowed.describe()));
        String code = query(location, "code");
        Reply token = app.get("/sandbox/meta/v26.0/oauth/access_token?client_id=" + MetaPlatform.SANDBOX_APP_ID
                + "&client_secret=" + ItEnvironment.sandboxAppSecret() + "&redirect_uri=" + encode(redirect)
                + "&code=" + encode(code));
        if (token.status() != 200) {
            throw new AssertionError("token exchange: " + token.describe() + " " + token.body());
        }
        return Json.createReader(new StringReader(token.body())).readObject().getString("access_token");
    }

    static String query(String url, String name) {
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
