package io.igstudio.sandbox.store;

/**
 * An Instagram professional account linked to a sandbox Page.
 *
 * @param accountType BUSINESS or MEDIA_CREATOR; kept for the sandbox's own pages, never served under
 *        Facebook Login (see the package documentation of {@code io.igstudio.sandbox})
 */
public record InstagramAccount(String id, String username, String name, String accountType, String biography,
        String website, long followersCount, long followsCount, long mediaCount) {
}
