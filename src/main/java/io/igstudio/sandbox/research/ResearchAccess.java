package io.igstudio.sandbox.research;

import io.igstudio.sandbox.oauth.ResolvedToken;
import io.igstudio.sandbox.publishing.PublishingAccess;
import io.igstudio.sandbox.store.InstagramAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Who may do research for an account: the same reachability, permission and gate checks as every Instagram call
 * ({@link PublishingAccess}), with the permissions each research endpoint's reference names.
 */
@ApplicationScoped
public class ResearchAccess {

    /**
     * Hashtag search, the IG Hashtag node, top_media and recent_media: "instagram_basic" (and
     * "pages_read_engagement" for a Page role, which is how the sandbox's people reach their accounts)
     * (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-hashtag-search,
     * .../reference/ig-hashtag, .../ig-hashtag/top-media, .../ig-hashtag/recent-media: "Requirements").
     */
    static final List<String> HASHTAGS = List.of("instagram_basic", "pages_read_engagement");
    /**
     * /tags, mentioned_media, mentioned_comment and POST /mentions: "instagram_basic, instagram_manage_comments,
     * pages_read_engagement" (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentions,
     * .../ig-user/mentioned_media, .../ig-user/mentioned_comment, .../ig-user/tags: "Permissions").
     */
    static final List<String> MENTIONS = List.of("instagram_basic", "instagram_manage_comments", "pages_read_engagement");
    /**
     * Business Discovery: "instagram_basic, instagram_manage_insights, pages_read_engagement"
     * (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/business_discovery).
     */
    static final List<String> DISCOVERY = List.of("instagram_basic", "instagram_manage_insights", "pages_read_engagement");

    @Inject
    PublishingAccess access;

    InstagramAccount admit(String igUserId, String method, List<String> scopes, ResolvedToken token,
            HttpServletRequest servlet) {
        return access.admit(igUserId, igUserId, method, scopes, token, servlet);
    }
}
