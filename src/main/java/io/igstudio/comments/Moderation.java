package io.igstudio.comments;

import io.igstudio.accounts.AccountAccess;
import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.graph.CommentPage;
import io.igstudio.graph.CommentThread;
import io.igstudio.graph.CommentsClient;
import io.igstudio.graph.GraphException;
import io.igstudio.graph.GraphUsage;
import io.igstudio.graph.IgComment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The comments feature's entry bean, called by its controllers, the webhook receiver and the timer: reads a
 * post's thread (one Graph call) and stores it, acts on comments (reply, hide, delete, private reply), turns a
 * post's comments on or off, and screens new comments with the account's rules. Meta is called outside any
 * transaction; {@link CommentBook} stores the outcome in short ones.
 */
@ApplicationScoped
public class Moderation {

    private static final Logger LOG = Logger.getLogger(Moderation.class.getName());
    static final String MESSAGING_PERMISSION = "instagram_manage_messages";

    @Inject
    InstagramAccounts accounts;

    @Inject
    CommentsClient graph;

    @Inject
    CommentBook book;

    /** The post's thread, newest comments first (or the older ones after {@code after}); stored for the inbox. */
    public ThreadView thread(String userId, String accountId, String mediaId, String after) {
        var opened = accounts.open(userId, accountId);
        AccountAccess access = opened.access();
        boolean canMessage = opened.view().permissions().contains(MESSAGING_PERMISSION);
        CommentBook.AccountRef ref = new CommentBook.AccountRef(access.accountId(), userId, access.igUserId());
        try {
            boolean enabled = true;
            long count;
            CommentPage page;
            if (after == null || after.isBlank()) {
                CommentThread thread = graph.thread(access.igUserId(), access.userToken(), mediaId,
                        GraphUsage.Urgency.INTERACTIVE);
                enabled = thread.commentsEnabled();
                count = thread.commentsCount();
                page = thread.page();
            } else {
                page = graph.comments(access.igUserId(), access.userToken(), mediaId, after, GraphUsage.Urgency.INTERACTIVE);
                count = -1;
            }
            screen(ref, book.storeThread(ref, page.comments()));
            Map<String, StoredComment> stored = book.ofMedia(access.accountId(), mediaId);
            Map<String, ModerationAction> actions = book.activeActions(stored.values().stream().map(StoredComment::getId).toList());
            List<CommentView> views = new ArrayList<>();
            for (IgComment c : page.comments()) {
                List<CommentView> replies = c.replies().stream().map(r -> view(stored.get(r.id()), access, actions))
                        .filter(v -> v != null).toList();
                CommentView v = view(stored.get(c.id()), access, actions);
                if (v != null) {
                    views.add(new CommentView(v.id(), v.igId(), v.accountId(), v.accountUsername(), v.mediaId(), v.username(),
                            v.text(), v.timestamp(), v.hidden(), v.likeCount(), v.own(), v.reply(), v.answered(),
                            v.privateReplied(), v.ruleName(), v.actionId(), replies));
                }
            }
            return new ThreadView(accountId, mediaId, enabled, count, views, page.nextCursor(), null, canMessage);
        } catch (GraphException.InvalidToken e) {
            accounts.markNeedsReconnect(userId, accountId);
            return unavailable(accountId, mediaId, "Meta no longer accepts IG Studio's access to this account. Reconnect it"
                    + " to see the comments.");
        } catch (GraphException.MissingPermission e) {
            return unavailable(accountId, mediaId, "IG Studio may not read this post's comments: reconnect the account and"
                    + " allow \"Manage comments\" (instagram_manage_comments).");
        } catch (GraphException.RateLimited e) {
            return unavailable(accountId, mediaId, "Meta asks IG Studio to slow down for this account; the comments show"
                    + " again in about " + Math.max(1, e.retryAfterSeconds() / 60) + " min.");
        } catch (GraphException e) {
            return unavailable(accountId, mediaId, "Meta could not show this post's comments just now (" + e.getMessage() + ").");
        }
    }

    private static ThreadView unavailable(String accountId, String mediaId, String notice) {
        return new ThreadView(accountId, mediaId, true, -1, List.of(), null, notice, false);
    }

    private static CommentView view(StoredComment c, AccountAccess access, Map<String, ModerationAction> actions) {
        return c == null || c.isDeleted() ? null : CommentView.of(c, access.username(), actions.get(c.getId()), List.of());
    }

    public List<SavedReply> savedReplies(String userId) {
        return book.savedReplies(userId);
    }

    /** Which comment a form named: the person's, else 404; with the access to act on it at Meta. */
    record Target(StoredComment comment, AccountAccess access) {
    }

    Target target(String userId, String commentId) {
        StoredComment c = book.owned(userId, commentId).orElseThrow(CommentNotFoundException::new);
        return new Target(c, accounts.access(userId, c.getAccountId()));
    }

    /** A public reply under the comment (a reply to a reply goes under its top-level comment, as Meta files it). */
    public StoredComment reply(String userId, String commentId, String message) {
        Target t = target(userId, commentId);
        StoredComment c = t.comment();
        if (c.isHidden()) {
            throw new IllegalStateException("A hidden comment takes no replies: unhide it first.");
        }
        String topLevel = c.isReply() ? c.getParentIgId() : c.getIgCommentId();
        String id = graph.reply(t.access().igUserId(), t.access().userToken(), topLevel, message);
        book.replied(c.getId(), id, message, t.access().igUserId());
        return c;
    }

    /** A new top-level comment by the account on its post. */
    public void comment(String userId, String accountId, String mediaId, String message) {
        AccountAccess access = accounts.access(userId, accountId);
        String id = graph.comment(access.igUserId(), access.userToken(), mediaId, message);
        book.store(new CommentBook.AccountRef(accountId, userId, access.igUserId()), new IgComment(id, mediaId, null,
                access.igUserId(), access.username(), message, null, false, 0, List.of(), null));
    }

    public StoredComment hide(String userId, String commentId, boolean hidden) {
        Target t = target(userId, commentId);
        graph.hide(t.access().igUserId(), t.access().userToken(), t.comment().getIgCommentId(), hidden);
        book.hidden(commentId, hidden);
        return t.comment();
    }

    public StoredComment delete(String userId, String commentId) {
        Target t = target(userId, commentId);
        try {
            graph.delete(t.access().igUserId(), t.access().userToken(), t.comment().getIgCommentId());
        } catch (GraphException e) {
            if (e.code() != 100) {
                throw e;
            }
            // gone at Meta already (deleted on Instagram): forget it here too
        }
        book.deleted(commentId);
        return t.comment();
    }

    public void commentsEnabled(String userId, String accountId, String mediaId, boolean enabled) {
        AccountAccess access = accounts.access(userId, accountId);
        graph.commentsEnabled(access.igUserId(), access.userToken(), mediaId, enabled);
    }

    /** One private message to the comment's author; needs {@code instagram_manage_messages}. */
    public StoredComment privateReply(String userId, String commentId, String text) {
        Target t = target(userId, commentId);
        boolean granted = accounts.find(userId, t.comment().getAccountId())
                .map(a -> a.permissions().contains(MESSAGING_PERMISSION)).orElse(false);
        if (!granted) {
            throw new IllegalStateException("Private replies need the permission instagram_manage_messages: reconnect the"
                    + " account and allow messaging.");
        }
        graph.privateReply(t.access().igUserId(), t.access().userToken(), t.comment().getIgCommentId(), text);
        book.privateReplied(commentId);
        return t.comment();
    }

    /** Undoes what a rule did: the comment is shown again at Meta and the action marked undone. */
    public void undo(String userId, String actionId) {
        ModerationAction a = book.ownedAction(userId, actionId).orElseThrow(CommentNotFoundException::new);
        Target t = target(userId, a.getCommentId());
        graph.hide(t.access().igUserId(), t.access().userToken(), t.comment().getIgCommentId(), false);
        book.undone(actionId);
    }

    /**
     * The account's enabled rules look at each comment not screened yet: the first rule that matches hides it at
     * Meta and the action is recorded with its rule. A comment whose hide failed stays unscreened and is looked at
     * again with the next delivery, poll or thread view.
     */
    public void screen(CommentBook.AccountRef account, List<String> commentIds) {
        if (commentIds.isEmpty()) {
            return;
        }
        List<ModerationRule> rules = book.enabledRules(account.accountId());
        AccountAccess access = null;
        for (String id : commentIds) {
            StoredComment c = book.find(id).orElse(null);
            if (c == null || c.isScreened()) {
                continue;
            }
            ModerationRule matched = rules.stream()
                    .filter(r -> CommentRules.match(r.rule(), c.getUsername(), c.getText()).isPresent())
                    .findFirst().orElse(null);
            if (matched != null && !c.isHidden()) {
                try {
                    if (access == null) {
                        access = accounts.access(account.userId(), account.accountId());
                    }
                    graph.hide(access.igUserId(), access.userToken(), c.getIgCommentId(), true);
                    book.recordAction(c, matched, "HIDE");
                } catch (GraphException e) {
                    LOG.info(() -> "Rule " + matched.getName() + " could not hide comment " + c.getIgCommentId() + ": "
                            + e.getMessage());
                    continue;
                }
            }
            book.screened(id);
        }
    }
}
