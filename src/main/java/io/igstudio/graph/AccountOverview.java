package io.igstudio.graph;

import java.util.List;

/** Everything the account's overview page shows, fetched in one Graph call by field expansion. */
public record AccountOverview(String id, String username, String name, String biography, String website,
                              String profilePictureUrl, long followersCount, long followsCount, long mediaCount,
                              MediaPage media, List<MediaItem> stories) {

    /** The website as a link only when it is http(s): a {@code javascript:} URL must never become one. */
    public String websiteLink() {
        return MediaItem.httpOnly(website);
    }
}
