package io.igstudio.research;

import io.igstudio.accounts.AccountAccess;
import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.graph.GraphCache;
import io.igstudio.graph.GraphException;
import io.igstudio.graph.GraphIds;
import io.igstudio.graph.MentionedComment;
import io.igstudio.graph.ResearchClient;
import io.igstudio.graph.ResearchPost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The mentions and tags page's entry bean. Tagged posts come from {@code GET /{ig-user-id}/tags}; mentions from
 * IG Studio's table (the {@code mentions} webhook, or an id added by hand), each read through
 * {@code mentioned_media} / {@code mentioned_comment}. Replies go through {@code POST /{ig-user-id}/mentions}, which
 * Meta allows on mentions only: "Commenting on photos in which you were tagged is not supported"
 * (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentions).
 */
@ApplicationScoped
public class MentionsAndTags {

    static final int MENTIONS_SHOWN = 20;
    static final int MAX_REPLY = 2200;

    @Inject
    InstagramAccounts accounts;

    @Inject
    ResearchClient graph;

    @Inject
    GraphCache cache;

    @Inject
    MentionStore store;

    @Inject
    Clock clock;

    public MentionsPage page(String userId, String accountId, String after) {
        var opened = accounts.open(userId, accountId);
        AccountAccess access = opened.access();
        List<ResearchPost> tagged = List.of();
        String next = null;
        String notice = null;
        try {
            var page = cache.read(access.accountId(), "tags:" + after,
                    () -> graph.tags(access.igUserId(), access.userToken(), after)).value();
            tagged = page.posts();
            next = page.nextCursor();
        } catch (GraphException e) {
            notice = Reasons.of(e);
        }
        List<MentionsPage.Mention> mentions = new ArrayList<>();
        for (MentionStore.Row row : store.latest(access.accountId(), MENTIONS_SHOWN)) {
            mentions.add(mention(access, row));
        }
        return new MentionsPage(opened.view(), tagged, next, notice, mentions);
    }

    private MentionsPage.Mention mention(AccountAccess access, MentionStore.Row row) {
        boolean replied = row.repliedAt() != null;
        try {
            if (row.commentId() != null) {
                MentionedComment c = cache.read(access.accountId(), "mentioned-comment:" + row.commentId(),
                        () -> graph.mentionedComment(access.igUserId(), access.userToken(), row.commentId())).value();
                return new MentionsPage.Mention(row.id(), c.media(), row.commentId(), c.text(), replied, null);
            }
            ResearchPost media = cache.read(access.accountId(), "mentioned-media:" + row.mediaId(),
                    () -> graph.mentionedMedia(access.igUserId(), access.userToken(), row.mediaId())).value();
            return new MentionsPage.Mention(row.id(), media, null, null, replied, null);
        } catch (GraphException e) {
            return new MentionsPage.Mention(row.id(), null, row.commentId(), null, replied, Reasons.of(e));
        }
    }

    /**
     * Adds a mention by the ids Instagram's notification gives (without webhooks, or one from before they were set
     * up): checked with Meta first, so only a real mention of this account is kept. Answers a problem, or
     * {@code null}.
     */
    public String add(String userId, String accountId, String mediaId, String commentId) {
        AccountAccess access = accounts.access(userId, accountId);
        String comment = commentId == null || commentId.isBlank() ? null : commentId.trim();
        String media = mediaId == null ? "" : mediaId.trim();
        if (!GraphIds.isValid(media) || (comment != null && !GraphIds.isValid(comment))) {
            return "Media and comment ids are numbers, as in Instagram's notification.";
        }
        try {
            if (comment != null) {
                graph.mentionedComment(access.igUserId(), access.userToken(), comment);
            } else {
                graph.mentionedMedia(access.igUserId(), access.userToken(), media);
            }
        } catch (GraphException e) {
            return Reasons.of(e);
        }
        store.remember(access.accountId(), media, comment, clock.instant());
        return null;
    }

    /** Replies to a mention through Meta; answers a problem, or {@code null}. */
    public String reply(String userId, String accountId, String mentionId, String message) {
        AccountAccess access = accounts.access(userId, accountId);
        MentionStore.Row row = store.find(access.accountId(), mentionId)
                .orElseThrow(io.igstudio.accounts.AccountNotFoundException::new);
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > MAX_REPLY) {
            return "Write a reply of 1 to " + MAX_REPLY + " characters.";
        }
        try {
            String id = graph.replyToMention(access.igUserId(), access.userToken(), row.mediaId(), row.commentId(), text);
            store.replied(row.id(), id, clock.instant());
            return null;
        } catch (GraphException e) {
            return Reasons.of(e);
        }
    }
}
