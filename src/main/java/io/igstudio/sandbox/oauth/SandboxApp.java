package io.igstudio.sandbox.oauth;

import io.igstudio.graph.MetaPlatform;
import java.net.URI;
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
     * Whether a redirect URI lies on the app's site: same scheme, host and port as {@code baseUrl}, and a
     * path below it. Meta's equivalent is the "Valid OAuth Redirect URIs" list of the app.
     */
    public static boolean isAllowedRedirect(String redirectUri, String baseUrl) {
        if (redirectUri == null || redirectUri.isBlank()) {
            return false;
        }
        try {
            URI target = new URI(redirectUri.trim());
            URI base = new URI(baseUrl);
            if (!target.isAbsolute() || target.getHost() == null || target.getFragment() != null) {
                return false;
            }
            String basePath = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
            String path = target.getPath() == null ? "" : target.getPath();
            return target.getScheme().equalsIgnoreCase(base.getScheme())
                    && target.getHost().equalsIgnoreCase(base.getHost())
                    && port(target) == port(base)
                    && (path.equals(basePath) || path.startsWith(basePath + "/"))
                    && !path.contains("/../");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
