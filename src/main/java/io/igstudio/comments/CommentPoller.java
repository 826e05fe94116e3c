package io.igstudio.comments;

import io.igstudio.accounts.AccountAccess;
import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.graph.CommentsClient;
import io.igstudio.graph.GraphException;
import io.igstudio.graph.GraphUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Without webhooks, new comments are found by polling: per account one read of its newest posts with their
 * comment counts, then one thread read for each post whose count changed since the last poll. All reads are
 * {@link GraphUsage.Urgency#BACKGROUND}: the rate-limit books refuse them first when an account's budget runs low,
 * and the poll of that account stops until the next interval.
 */
@ApplicationScoped
public class CommentPoller {

    private static final Logger LOG = Logger.getLogger(CommentPoller.class.getName());
    static final int RECENT_POSTS = 5;

    @Inject
    CommentBook book;

    @Inject
    InstagramAccounts accounts;

    @Inject
    CommentsClient graph;

    @Inject
    Moderation moderation;

    /** Meta's comment count per post at the last poll: unchanged posts cost no thread read. */
    private final Map<String, Long> lastCounts = new ConcurrentHashMap<>();

    public void pollAll() {
        for (CommentBook.AccountRef account : book.allAccounts()) {
            try {
                poll(account);
            } catch (GraphException.RateLimited e) {
                LOG.fine(() -> "Comment poll of " + account.igUserId() + " deferred: budget");
            } catch (GraphException e) {
                LOG.info(() -> "Comment poll of " + account.igUserId() + " failed: " + e.getMessage());
            }
        }
    }

    void poll(CommentBook.AccountRef account) {
        AccountAccess access = accounts.access(account.userId(), account.accountId());
        for (CommentsClient.RecentPost post : graph.recentPosts(access.igUserId(), access.userToken(), RECENT_POSTS)) {
            String key = account.accountId() + ":" + post.mediaId();
            Long before = lastCounts.put(key, post.commentsCount());
            if (before != null && before == post.commentsCount()) {
                continue;
            }
            var thread = graph.thread(access.igUserId(), access.userToken(), post.mediaId(), GraphUsage.Urgency.BACKGROUND);
            moderation.screen(account, book.storeThread(account, thread.page().comments()));
        }
    }

    /** Forgets the comment counts seen, as at start (the sandbox's fresh start for tests). */
    public void forgetAll() {
        lastCounts.clear();
    }
}
