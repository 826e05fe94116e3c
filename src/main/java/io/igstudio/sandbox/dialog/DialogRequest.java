package io.igstudio.sandbox.dialog;

import io.igstudio.sandbox.oauth.SandboxApp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The query of {@code /dialog/oauth}, checked the way Meta checks it before showing the dialog
 * (https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow#invokingloginwithbrowser).
 * A request Meta would refuse throws {@link DialogProblem} and never redirects, so a bad redirect URI
 * cannot be used to bounce people elsewhere.
 *
 * @param scopes the recognised permissions asked for, in order
 * @param ignoredScopes names Meta does not know; Meta ignores them for people and warns developers
 */
public record DialogRequest(String clientId, String redirectUri, String state, List<String> scopes,
        List<String> ignoredScopes, String scopeParam) {

    public static DialogRequest parse(String clientId, String redirectUri, String state, String scope,
            String responseType, String baseUrl) {
        if (clientId == null || clientId.isBlank() || !clientId.trim().matches("\\d+")) {
            throw new DialogProblem("Invalid App ID", "The provided app ID does not look like a valid app ID.");
        }
        if (!SandboxApp.isKnownApp(clientId.trim())) {
            throw new DialogProblem("Invalid App ID", "The provided app ID " + clientId.trim()
                    + " is not the sandbox app (" + io.igstudio.graph.MetaPlatform.SANDBOX_APP_ID + ").");
        }
        if (redirectUri == null || redirectUri.isBlank()) {
            throw new DialogProblem("Missing redirect_uri", "The parameter redirect_uri is required.");
        }
        if (!SandboxApp.isAllowedRedirect(redirectUri, baseUrl)) {
            throw new DialogProblem("URL Blocked", "This redirect failed because the redirect URI is not whitelisted in"
                    + " the app's Client OAuth Settings. Make sure Client and Web OAuth Login are on and add all your"
                    + " app domains as Valid OAuth Redirect URIs. (The sandbox app's only redirect URI is " + SandboxApp.registeredRedirect(baseUrl) + ".)");
        }
        if (responseType != null && !responseType.isBlank() && !responseType.trim().equals("code")) {
            throw new DialogProblem("Unsupported response_type", "The sandbox only implements response_type=code;"
                    + " it was asked for '" + responseType.trim() + "'.");
        }
        List<String> asked = SandboxApp.scopes(scope);
        List<String> known = asked.stream().filter(SandboxApp.KNOWN_SCOPES::contains).toList();
        List<String> ignored = asked.stream().filter(s -> !SandboxApp.KNOWN_SCOPES.contains(s)).toList();
        return new DialogRequest(clientId.trim(), redirectUri, state == null ? "" : state,
                known.isEmpty() ? List.of("public_profile") : known, ignored, scope == null ? "" : scope);
    }

    /** Allow: the code and the state go back to the app. */
    public String allowRedirect(String code) {
        return redirectUri + separator() + "code=" + encode(code) + stateParam();
    }

    /** Cancel, worded as Meta's "Canceled Login" response of the manual flow. */
    public String cancelRedirect() {
        return redirectUri + separator() + "error=access_denied&error_code=200&error_description=Permissions+error"
                + "&error_reason=user_denied" + stateParam();
    }

    private String separator() {
        return redirectUri.contains("?") ? "&" : "?";
    }

    private String stateParam() {
        return state.isEmpty() ? "" : "&state=" + encode(state);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
