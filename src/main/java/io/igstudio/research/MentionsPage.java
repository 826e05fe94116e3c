package io.igstudio.research;

import io.igstudio.accounts.AccountView;
import io.igstudio.graph.ResearchPost;
import java.util.List;

/** One account's mentions and tags page: posts it is tagged in (Meta's /tags) and the mentions IG Studio knows. */
public record MentionsPage(AccountView account, List<ResearchPost> tagged, String nextCursor, String tagsNotice,
                           List<Mention> mentions) {

    /**
     * A mention: the post (and comment) as Meta shows it now, or why it cannot be shown.
     *
     * @param commentText the mentioning comment, {@code null} for a mention in a caption
     */
    public record Mention(String id, ResearchPost media, String commentId, String commentText, boolean replied,
                          String problem) {
    }
}
