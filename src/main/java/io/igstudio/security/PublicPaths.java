package io.igstudio.security;

import java.util.List;

/** The paths anyone may open without signing in; everything else is a signed-in page. */
record PublicPaths(List<String> exact, List<String> branches, List<String> signedInBranches) {

    /*
     * The sandbox's control page changes what every sandbox person sees: signed-in people only (issue 15).
     * Its JSON twin under /sandbox/meta/_control answers 401 itself (JsonApiGuard) instead of a redirect.
     * /metrics and /openapi are guarded by OperationsGuard. /meta/ holds Meta's deauthorize and data deletion
     * callbacks (verified by their signed_request) and the deletion status pages.
     * /webhooks/instagram is Meta's callback: it authenticates each delivery by its signature (comments.Webhooks)
     * and creates no session; only that exact path is public, not a branch.
     */
    static final PublicPaths IG_STUDIO = new PublicPaths(
            List.of("/", "", "/error", "/favicon.ico", "/accounts/connect", "/webhooks/instagram"),
            List.of("/static/", "/webjars/", "/sandbox/", "/callback/", "/api/", "/signin/problem", "/health",
                    "/metrics", "/openapi", "/public-media/", "/meta/"),
            List.of("/sandbox/control/"));

    boolean matches(String path) {
        if (signedInBranches.stream().anyMatch(b -> under(path, b))) {
            return false;
        }
        return exact.contains(path) || branches.stream().anyMatch(b -> under(path, b));
    }

    private static boolean under(String path, String branch) {
        return path.startsWith(branch) || (path + "/").equals(branch);
    }
}
