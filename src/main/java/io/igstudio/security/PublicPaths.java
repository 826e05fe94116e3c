package io.igstudio.security;

import java.util.List;

/** The paths anyone may open without signing in; everything else is a signed-in page. */
record PublicPaths(List<String> exact, List<String> branches) {

    static final PublicPaths IG_STUDIO = new PublicPaths(
            List.of("/", "", "/error", "/favicon.ico", "/accounts/connect"),
            List.of("/static/", "/webjars/", "/sandbox/", "/callback/", "/api/", "/signin/problem", "/health",
                    "/metrics", "/openapi"));

    boolean matches(String path) {
        return exact.contains(path) || branches.stream().anyMatch(b -> path.startsWith(b) || (path + "/").equals(b));
    }
}
