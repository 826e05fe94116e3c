package io.igstudio.graph;

import java.util.List;

/** Another Business or Creator account's public numbers and latest posts, as Business Discovery gives them. */
public record PublicAccount(String id, String username, String name, String biography, String profilePictureUrl,
                            long followersCount, long followsCount, long mediaCount, List<ResearchPost> recent) {
}
