package io.igstudio.research;

import io.igstudio.graph.ResearchPost;
import java.util.List;

/**
 * The hashtag search page: every account with its allowance, the account chosen to spend searches, and for a
 * hashtag its top and recent media (recent covers the last 24 hours only) or why they cannot be shown.
 *
 * @param readVia the username of another account of the person whose week's search is reused, or {@code null}
 */
public record HashtagPage(List<HashtagResearch.AccountQuota> accounts, String chosenAccountId, String hashtag,
                          List<ResearchPost> top, List<ResearchPost> recent, String notice, List<String> searched,
                          String readVia) {

    /** True when no account of the person has a search left this week. */
    public boolean noneLeft() {
        return !accounts.isEmpty() && accounts.stream().allMatch(a -> a.window().exhausted());
    }
}
