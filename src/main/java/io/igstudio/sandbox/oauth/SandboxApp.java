package io.igstudio.sandbox.oauth;

import io.igstudio.graph.MetaPlatform;
import java.util.List;
import java.util.Set;

/**
 * The one Meta app the sandbox knows: IG Studio itself, with the id and secret from {@link MetaPlatform},
 * and the permissions a real app could request through Facebook Login.
 */
public final class SandboxApp {

    public static final String NAME = "IG Studio";

    /** Permissions Meta's Facebook Login accepts that matter to an Instagram publishing app. */
    public static final Set<String> KNOWN_SCOPES = Set.of("public_profile", "email", "pages_show_list",
            "pages_read_engagement", "pages_manage_metadata", "pages_read_user_content", "pages_manage_posts",
            "business_management", "instagram_basic", "instagram_content_publish", "instagram_manage_comments",
            "instagram_manage_insights", "instagram_manage_messages", "instagram_shopping_tag_products",
            // deleting published posts (Instagram Platform changelog, 3 December 2025)
            "instagram_manage_contents",
            "ads_read", "ads_management", "read_insights", "catalog_management");

    private SandboxApp() {
    }

    public static boolean isKnownApp(String clientId) {
        return MetaPlatform.SANDBOX_APP_ID.equals(clientId);
    }

    /** {@code scope} as Meta reads it: comma or space separated; empty means public_profile. */
    public static List<String> scopes(String scopeParam) {
        if (scopeParam == null || scopeParam.isBlank()) {
            return List.of("public_profile");
        }
        return java.util.Arrays.stream(scopeParam.split("[,\\s]+"))
                .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /**
     * The sandbox app's one Valid OAuth Redirect URI: IG Studio's callback under its base URL, as the README
     * tells an operator to register it at Meta.
     */
    public static String registeredRedirect(String baseUrl) {
        return baseUrl.replaceAll("/+$", "") + "/callback/facebook";
    }

    /**
     * Whether a redirect URI is registered with the app. Meta's Strict Mode (on for every app) demands an
     * exact match with a Valid OAuth Redirect URI: no other path, case, port or query
     * (https://developers.facebook.com/docs/facebook-login/security/#strict_mode).
     */
    public static boolean isAllowedRedirect(String redirectUri, String baseUrl) {
        return redirectUri != null && redirectUri.equals(registeredRedirect(baseUrl));
    }
}
