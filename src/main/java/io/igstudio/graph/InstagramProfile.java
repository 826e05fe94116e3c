package io.igstudio.graph;

/**
 * An Instagram professional account as the IG User node describes it.
 *
 * @param accountType BUSINESS or CREATOR when Meta says so, else {@code null}
 */
public record InstagramProfile(String id, String username, String name, String profilePictureUrl,
                               long followersCount, long mediaCount, String accountType) {
}
