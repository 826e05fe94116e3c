package io.igstudio.comments;

import io.igstudio.graph.IgComment;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The comments feature's short transactions: store what Meta said (threads, webhook comments), mark what the
 * person did, read the inbox, keep rules, actions, saved replies and webhook deliveries. Meta is never called in
 * here ({@link Moderation} calls it between two of these).
 */
@Stateless
public class CommentBook {

    static final int INBOX_PAGE = 25;
    static final int TRIAL_SIZE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** An account of some person that Meta's {@code ig_user_id} names (a webhook's {@code entry.id}). */
    public record AccountRef(String accountId, String userId, String igUserId) {
    }

    @SuppressWarnings("unchecked")
    public List<AccountRef> accountsOf(String igUserId) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, user_id FROM instagram_account WHERE ig_user_id = ?")
                .setParameter(1, igUserId).getResultList();
        return rows.stream().map(r -> new AccountRef((String) r[0], (String) r[1], igUserId)).toList();
    }

    @SuppressWarnings("unchecked")
    public List<AccountRef> allAccounts() {
        List<Object[]> rows = em.createNativeQuery("SELECT id, user_id, ig_user_id FROM instagram_account").getResultList();
        return rows.stream().map(r -> new AccountRef((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /**
     * Stores a thread as Meta answered it (comments with their replies): new comments are added, known ones
     * updated. Answers the ids of comments that were new and not the account's own (for the rules).
     */
    public List<String> storeThread(AccountRef account, List<IgComment> comments) {
        List<String> added = new ArrayList<>();
        for (IgComment c : comments) {
            store(account, c).ifPresent(added::add);
            for (IgComment r : c.replies()) {
                store(account, new IgComment(r.id(), c.mediaId(), c.id(), r.fromId(), r.username(), r.text(),
                        r.timestamp(), r.hidden(), r.likeCount(), List.of(), null)).ifPresent(added::add);
            }
        }
        return added;
    }

    /**
     * Stores one comment (or updates what Meta now says of it). Its id when the account's rules have yet to look
     * at it: new, written by someone else, not screened yet (also after a crash between storing and screening).
     */
    public Optional<String> store(AccountRef account, IgComment c) {
        Instant now = clock.instant();
        boolean own = account.igUserId().equals(c.fromId());
        StoredComment stored = byIgId(account.accountId(), c.id()).orElse(null);
        if (stored != null) {
            stored.setHidden(c.hidden());
            stored.setLikeCount(c.likeCount());
            if (c.text() != null && !c.text().isEmpty()) {
                stored.setText(c.text());
            }
        } else {
            stored = new StoredComment(account.userId(), account.accountId(), c.id(), c.mediaId(), c.parentId(),
                    c.username(), c.text(), c.timestamp() == null ? now : c.timestamp(), own, now);
            stored.setHidden(c.hidden());
            stored.setLikeCount(c.likeCount());
            if (own) {
                stored.screened();
            }
            em.persist(stored);
            if (own && c.parentId() != null) {
                byIgId(account.accountId(), c.parentId()).ifPresent(p -> p.setAnswered(true));
            }
        }
        return stored.isOwn() || stored.isScreened() ? Optional.empty() : Optional.of(stored.getId());
    }

    public void screened(String commentId) {
        find(commentId).ifPresent(StoredComment::screened);
    }

    public Optional<StoredComment> byIgId(String accountId, String igCommentId) {
        return em.createQuery("SELECT c FROM StoredComment c WHERE c.accountId = :a AND c.igCommentId = :i",
                        StoredComment.class).setParameter("a", accountId).setParameter("i", igCommentId)
                .getResultStream().findFirst();
    }

    /** The person's comment, or empty (another person's comment is as unknown as a missing one). */
    public Optional<StoredComment> owned(String userId, String commentId) {
        StoredComment c = em.find(StoredComment.class, commentId);
        return c != null && c.getUserId().equals(userId) && !c.isDeleted() ? Optional.of(c) : Optional.empty();
    }

    public Optional<StoredComment> find(String commentId) {
        return Optional.ofNullable(em.find(StoredComment.class, commentId));
    }

    public void hidden(String commentId, boolean hidden) {
        find(commentId).ifPresent(c -> c.setHidden(hidden));
    }

    public void deleted(String commentId) {
        find(commentId).ifPresent(c -> {
            c.setDeleted(true);
            em.createQuery("UPDATE StoredComment c SET c.deleted = TRUE WHERE c.accountId = :a AND c.parentIgId = :p")
                    .setParameter("a", c.getAccountId()).setParameter("p", c.getIgCommentId()).executeUpdate();
        });
    }

    /** The account replied: the comment is answered; the reply is stored as the account's own. */
    public void replied(String commentId, String replyIgId, String text, String igUserId) {
        find(commentId).ifPresent(c -> {
            c.setAnswered(true);
            String parent = c.isReply() ? c.getParentIgId() : c.getIgCommentId();
            if (byIgId(c.getAccountId(), replyIgId).isEmpty()) {
                StoredComment reply = new StoredComment(c.getUserId(), c.getAccountId(), replyIgId, c.getMediaId(), parent,
                        null, text, clock.instant(), true, clock.instant());
                em.persist(reply);
            }
        });
    }

    public void privateReplied(String commentId) {
        find(commentId).ifPresent(c -> c.setPrivateReplied(true));
    }

    /** Stored comments of a post of an account, keyed by Meta's id (for the thread's rule labels and states). */
    public Map<String, StoredComment> ofMedia(String accountId, String mediaId) {
        Map<String, StoredComment> out = new HashMap<>();
        em.createQuery("SELECT c FROM StoredComment c WHERE c.accountId = :a AND c.mediaId = :m", StoredComment.class)
                .setParameter("a", accountId).setParameter("m", mediaId).getResultList()
                .forEach(c -> out.put(c.getIgCommentId(), c));
        return out;
    }

    /** Comments stored before {@code olderThan} that the rules have not looked at yet (a failed hide, a crash). */
    public List<StoredComment> unscreened(Instant olderThan, int max) {
        return em.createQuery("SELECT c FROM StoredComment c WHERE c.screened = FALSE AND c.own = FALSE"
                        + " AND c.deleted = FALSE AND c.storedAt <= :t ORDER BY c.storedAt", StoredComment.class)
                .setParameter("t", olderThan).setMaxResults(max).getResultList();
    }

    // --- inbox -------------------------------------------------------------------------------------------------

    public record InboxQuery(String userId, boolean unanswered, boolean hidden, String accountId, String mediaId,
                             boolean question, boolean link, int page) {
    }

    public record InboxRow(StoredComment comment, String accountUsername, ModerationAction action) {
    }

    public record InboxResult(List<InboxRow> rows, boolean hasMore) {
    }

    public InboxResult inbox(InboxQuery q) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM StoredComment c WHERE c.userId = :u AND c.own = FALSE"
                + " AND c.deleted = FALSE");
        if (q.unanswered()) {
            jpql.append(" AND c.answered = FALSE");
        }
        if (q.hidden()) {
            jpql.append(" AND c.hidden = TRUE");
        }
        if (q.accountId() != null) {
            jpql.append(" AND c.accountId = :a");
        }
        if (q.mediaId() != null) {
            jpql.append(" AND c.mediaId = :m");
        }
        if (q.question()) {
            jpql.append(" AND c.hasQuestion = TRUE");
        }
        if (q.link()) {
            jpql.append(" AND c.hasLink = TRUE");
        }
        jpql.append(" ORDER BY c.commentedAt DESC, c.id");
        var query = em.createQuery(jpql.toString(), StoredComment.class).setParameter("u", q.userId());
        if (q.accountId() != null) {
            query.setParameter("a", q.accountId());
        }
        if (q.mediaId() != null) {
            query.setParameter("m", q.mediaId());
        }
        List<StoredComment> found = query.setFirstResult(Math.max(0, q.page()) * INBOX_PAGE)
                .setMaxResults(INBOX_PAGE + 1).getResultList();
        boolean more = found.size() > INBOX_PAGE;
        List<StoredComment> page = more ? found.subList(0, INBOX_PAGE) : found;
        Map<String, String> usernames = usernames(q.userId());
        Map<String, ModerationAction> actions = activeActions(page.stream().map(StoredComment::getId).toList());
        return new InboxResult(page.stream().map(c -> new InboxRow(c, usernames.getOrDefault(c.getAccountId(), "?"),
                actions.get(c.getId()))).toList(), more);
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> usernames(String userId) {
        Map<String, String> out = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT id, username FROM instagram_account WHERE user_id = ?")
                .setParameter(1, userId).getResultList();
        rows.forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }

    /** The latest automatic action not undone, per comment. */
    public Map<String, ModerationAction> activeActions(List<String> commentIds) {
        Map<String, ModerationAction> out = new HashMap<>();
        if (commentIds.isEmpty()) {
            return out;
        }
        em.createQuery("SELECT a FROM ModerationAction a WHERE a.commentId IN :ids AND a.undoneAt IS NULL"
                        + " ORDER BY a.actedAt", ModerationAction.class)
                .setParameter("ids", commentIds).getResultList().forEach(a -> out.put(a.getCommentId(), a));
        return out;
    }

    // --- rules and actions ---------------------------------------------------------------------------------------

    public List<ModerationRule> rules(String userId, String accountId) {
        return em.createQuery("SELECT r FROM ModerationRule r WHERE r.userId = :u AND r.accountId = :a ORDER BY r.createdAt",
                ModerationRule.class).setParameter("u", userId).setParameter("a", accountId).getResultList();
    }

    public List<ModerationRule> enabledRules(String accountId) {
        return em.createQuery("SELECT r FROM ModerationRule r WHERE r.accountId = :a AND r.enabled = TRUE"
                + " ORDER BY r.createdAt", ModerationRule.class).setParameter("a", accountId).getResultList();
    }

    public ModerationRule addRule(String userId, String accountId, String name, CommentRules.Kind kind, String terms,
                                  int maxMentions) {
        ModerationRule rule = new ModerationRule(userId, accountId, name, kind, terms, maxMentions, clock.instant());
        em.persist(rule);
        return rule;
    }

    public Optional<ModerationRule> ownedRule(String userId, String ruleId) {
        ModerationRule r = em.find(ModerationRule.class, ruleId);
        return r != null && r.getUserId().equals(userId) ? Optional.of(r) : Optional.empty();
    }

    public void enableRule(String ruleId, boolean enabled) {
        ModerationRule r = em.find(ModerationRule.class, ruleId);
        if (r != null) {
            r.setEnabled(enabled);
        }
    }

    public void deleteRule(String ruleId) {
        ModerationRule r = em.find(ModerationRule.class, ruleId);
        if (r != null) {
            em.remove(r);
        }
    }

    /** The account's last 200 comments from others, newest first: what a rule is tried on. */
    public List<StoredComment> lastComments(String accountId) {
        return em.createQuery("SELECT c FROM StoredComment c WHERE c.accountId = :a AND c.own = FALSE AND c.deleted = FALSE"
                + " ORDER BY c.commentedAt DESC", StoredComment.class).setParameter("a", accountId)
                .setMaxResults(TRIAL_SIZE).getResultList();
    }

    public ModerationAction recordAction(StoredComment comment, ModerationRule rule, String action) {
        ModerationAction a = new ModerationAction(comment.getUserId(), comment.getId(), rule, action, clock.instant());
        em.persist(a);
        find(comment.getId()).ifPresent(c -> c.setHidden(true));
        return a;
    }

    public Optional<ModerationAction> ownedAction(String userId, String actionId) {
        ModerationAction a = em.find(ModerationAction.class, actionId);
        return a != null && owned(userId, a.getCommentId()).isPresent() ? Optional.of(a) : Optional.empty();
    }

    public void undone(String actionId) {
        ModerationAction a = em.find(ModerationAction.class, actionId);
        if (a != null && a.getUndoneAt() == null) {
            a.undone(clock.instant());
            find(a.getCommentId()).ifPresent(c -> c.setHidden(false));
        }
    }

    // --- saved replies -------------------------------------------------------------------------------------------

    public List<SavedReply> savedReplies(String userId) {
        return em.createQuery("SELECT s FROM SavedReply s WHERE s.userId = :u ORDER BY s.title", SavedReply.class)
                .setParameter("u", userId).getResultList();
    }

    public void addSavedReply(String userId, String title, String text) {
        em.persist(new SavedReply(userId, title, text, clock.instant()));
    }

    public void deleteSavedReply(String userId, String id) {
        SavedReply s = em.find(SavedReply.class, id);
        if (s != null && s.getUserId().equals(userId)) {
            em.remove(s);
        }
    }

    // --- webhook deliveries --------------------------------------------------------------------------------------

    /** Stores a delivery unless the same body was stored before; the delivery's id and whether it is new. */
    public record Stored(String id, boolean isNew) {
    }

    public Stored storeDelivery(String sha256, String body) {
        Optional<WebhookDelivery> known = em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.bodySha256 = :s",
                WebhookDelivery.class).setParameter("s", sha256).getResultStream().findFirst();
        if (known.isPresent()) {
            return new Stored(known.get().getId(), false);
        }
        WebhookDelivery d = new WebhookDelivery(sha256, body, clock.instant());
        em.persist(d);
        em.flush();
        return new Stored(d.getId(), true);
    }

    public Optional<WebhookDelivery> delivery(String id) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, id));
    }

    /** Deliveries received before {@code olderThan} and not processed yet (a crash, a failure), oldest first. */
    @SuppressWarnings("unchecked")
    public List<String> pendingDeliveries(Instant olderThan, int max) {
        return em.createNativeQuery("SELECT id FROM webhook_delivery WHERE processed_at IS NULL AND received_at <= ?"
                        + " AND attempts < 20 ORDER BY received_at LIMIT " + max)
                .setParameter(1, java.sql.Timestamp.from(olderThan)).getResultList();
    }

    public void processed(String id) {
        WebhookDelivery d = em.find(WebhookDelivery.class, id);
        if (d != null && d.getProcessedAt() == null) {
            d.processed(clock.instant());
        }
    }

    public void failed(String id, String error) {
        WebhookDelivery d = em.find(WebhookDelivery.class, id);
        if (d != null) {
            d.failed(error);
        }
    }

    public long deliveries() {
        return em.createQuery("SELECT COUNT(d) FROM WebhookDelivery d", Long.class).getSingleResult();
    }
}
