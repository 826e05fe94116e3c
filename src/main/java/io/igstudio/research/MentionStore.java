package io.igstudio.research;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The mentions IG Studio knows of ({@code research_mention}): rows written for the {@code mentions} webhook
 * ({@link MentionWebhook}, when webhooks are configured) or added on the page by id, and whether IG Studio replied.
 */
@Stateless
public class MentionStore {

    @PersistenceContext
    EntityManager em;

    public record Row(String id, String accountId, String mediaId, String commentId, Instant receivedAt,
                      Instant repliedAt) {
    }

    public List<Row> latest(String accountId, int max) {
        List<?> rows = em.createNativeQuery("SELECT id, account_id, media_id, comment_id, received_at, replied_at"
                        + " FROM research_mention WHERE account_id = ? ORDER BY received_at DESC")
                .setParameter(1, accountId).setMaxResults(max).getResultList();
        return rows.stream().map(r -> row((Object[]) r)).toList();
    }

    public Optional<Row> find(String accountId, String id) {
        List<?> rows = em.createNativeQuery("SELECT id, account_id, media_id, comment_id, received_at, replied_at"
                        + " FROM research_mention WHERE account_id = ? AND id = ?")
                .setParameter(1, accountId).setParameter(2, id).getResultList();
        return rows.stream().map(r -> row((Object[]) r)).findFirst();
    }

    /** Records a mention once (a webhook may deliver it again: the unique key keeps one row). */
    public void remember(String accountId, String mediaId, String commentId, Instant now) {
        String key = commentId == null ? mediaId : mediaId + ":" + commentId;
        long known = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM research_mention WHERE account_id = ?"
                + " AND mention_key = ?").setParameter(1, accountId).setParameter(2, key).getSingleResult()).longValue();
        if (known == 0) {
            em.createNativeQuery("INSERT INTO research_mention (id, account_id, mention_key, media_id, comment_id,"
                            + " received_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, UUID.randomUUID().toString()).setParameter(2, accountId).setParameter(3, key)
                    .setParameter(4, mediaId).setParameter(5, commentId).setParameter(6, HashtagQuota.utc(now))
                    .executeUpdate();
        }
    }

    public void replied(String id, String replyId, Instant now) {
        em.createNativeQuery("UPDATE research_mention SET replied_at = ?, reply_id = ? WHERE id = ?")
                .setParameter(1, HashtagQuota.utc(now)).setParameter(2, replyId).setParameter(3, id).executeUpdate();
    }

    private static Row row(Object[] r) {
        return new Row(String.valueOf(r[0]), String.valueOf(r[1]), String.valueOf(r[2]),
                r[3] == null ? null : String.valueOf(r[3]), HashtagQuota.instant(r[4]), HashtagQuota.instant(r[5]));
    }
}
