package io.igstudio.sandbox.publishing;

import io.igstudio.sandbox.control.InstagramGate;
import io.igstudio.sandbox.graph.GraphCalls;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.oauth.ResolvedToken;
import io.igstudio.sandbox.store.InstagramAccount;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;

/**
 * Who may publish to an account: the token's person must reach it through one of their Pages (a Page token:
 * that Page), otherwise Meta's 100/33 "Unsupported post request"; then every permission the endpoint's
 * reference names, each missing one Meta's code 10; then the account's fault mode and hourly budget
 * ({@link InstagramGate}), as for every Instagram call.
 */
@ApplicationScoped
public class PublishingAccess {

    /** Token lifetimes run on the sandbox clock, which tests move forward (issue 23). */
    @Inject
    io.igstudio.sandbox.control.SandboxClock sandboxClock;

    /**
     * Creating containers, reading them, publishing, reading the quota: "instagram_basic,
     * instagram_content_publish, pages_read_engagement" (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media,
     * .../ig-user/media_publish, .../ig-user/content_publishing_limit, .../ig-container).
     */
    public static final List<String> PUBLISH = List.of("instagram_basic", "instagram_content_publish",
            "pages_read_engagement");
    /** Deleting a post (Instagram Platform changelog, 3 December 2025; graph-api-facts.md). */
    public static final List<String> DELETE = List.of("instagram_basic", "instagram_manage_contents",
            "pages_read_engagement");
    /**
     * Turning comments on or off: "instagram_basic, instagram_manage_comments, pages_read_engagement"
     * (https://developers.facebook.com/docs/instagram-platform/comment-moderation, "Requirements").
     */
    public static final List<String> COMMENTS = List.of("instagram_basic", "instagram_manage_comments",
            "pages_read_engagement");

    @Inject
    SandboxPeople people;

    @Inject
    GraphCalls calls;

    @Inject
    InstagramGate gate;

    /**
     * @param method "get", "post" or "delete", for Meta's wording of the unknown-object error
     * @param requestedId the id in the path, named in that error
     */
    public InstagramAccount admit(String igUserId, String requestedId, String method, List<String> scopes,
            ResolvedToken token, HttpServletRequest servlet) {
        InstagramAccount account = people.instagram(igUserId).orElse(null);
        boolean reachable = account != null && token.userId() != null && people.pageLinking(token.userId(), igUserId)
                .filter(p -> token.kind() != ResolvedToken.Kind.PAGE || p.id().equals(token.pageId())).isPresent();
        if (!reachable) {
            throw unknown(method, requestedId);
        }
        for (String scope : scopes) {
            calls.requireScope(token, scope);
        }
        gate.admit(igUserId, token, servlet, sandboxClock.now());
        return account;
    }

    static RuntimeException unknown(String method, String id) {
        return (method.equals("get") ? GraphError.unsupportedGet(id) : GraphError.unsupportedMethod(method, id)).exception();
    }
}
