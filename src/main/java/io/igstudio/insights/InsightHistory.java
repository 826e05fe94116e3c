package io.igstudio.insights;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The insights IG Studio keeps itself: an account's daily figures, posts' and stories' figures per day, and one
 * row per account and day for the daily snapshot, whose primary key makes it idempotent. Meta is never called in
 * here: the snapshot reads Meta first, then stores in one short transaction.
 */
@Stateless
public class InsightHistory {

    @PersistenceContext
    EntityManager em;

    /** A post's figures as read on one day. */
    public record MediaFigures(String mediaId, String productType, Instant postedAt, Map<String, Long> metrics) {
    }

    public boolean snapshotTaken(String accountId, LocalDate day) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM insight_snapshot WHERE account_id = ? AND snap_day = ?")
                .setParameter(1, accountId).setParameter(2, java.sql.Date.valueOf(day)).getSingleResult()).intValue() > 0;
    }

    /** How many daily snapshots are stored for the account. */
    public int snapshotDays(String accountId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM insight_snapshot WHERE account_id = ?")
                .setParameter(1, accountId).getSingleResult()).intValue();
    }

    /**
     * Stores the day's snapshot: the key row first (a second snapshot of the same day finds it and stores nothing;
     * a concurrent one fails on the primary key and rolls back), then the daily figures (replacing what an earlier
     * snapshot stored for the same days, since Meta's late data completes them) and the posts' figures.
     *
     * @return false when the day's snapshot was already stored
     */
    public boolean storeSnapshot(String accountId, LocalDate day, Instant takenAt, Map<LocalDate, Map<String, Long>> daily,
                                 List<MediaFigures> media) {
        if (snapshotTaken(accountId, day)) {
            return false;
        }
        em.createNativeQuery("INSERT INTO insight_snapshot (account_id, snap_day, taken_at) VALUES (?, ?, ?)")
                .setParameter(1, accountId).setParameter(2, java.sql.Date.valueOf(day))
                .setParameter(3, Timestamp.from(takenAt)).executeUpdate();
        daily.forEach((d, values) -> values.forEach((metric, value) -> {
            em.createNativeQuery("DELETE FROM insight_day WHERE account_id = ? AND metric_day = ? AND metric = ?")
                    .setParameter(1, accountId).setParameter(2, java.sql.Date.valueOf(d)).setParameter(3, metric)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO insight_day (account_id, metric_day, metric, metric_value) VALUES (?, ?, ?, ?)")
                    .setParameter(1, accountId).setParameter(2, java.sql.Date.valueOf(d)).setParameter(3, metric)
                    .setParameter(4, value).executeUpdate();
        }));
        storeMedia(accountId, day, media);
        return true;
    }

    /** A post's or story's figures for the day, replacing the day's earlier reading (stories are read hourly). */
    public void storeMedia(String accountId, LocalDate day, List<MediaFigures> media) {
        for (MediaFigures m : media) {
            em.createNativeQuery("DELETE FROM insight_media WHERE account_id = ? AND media_id = ? AND snap_day = ?")
                    .setParameter(1, accountId).setParameter(2, m.mediaId()).setParameter(3, java.sql.Date.valueOf(day))
                    .executeUpdate();
            m.metrics().forEach((metric, value) -> em.createNativeQuery("INSERT INTO insight_media (account_id, media_id,"
                            + " snap_day, metric, metric_value, product_type, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, accountId).setParameter(2, m.mediaId()).setParameter(3, java.sql.Date.valueOf(day))
                    .setParameter(4, metric).setParameter(5, value).setParameter(6, m.productType())
                    .setParameter(7, m.postedAt() == null ? null : Timestamp.from(m.postedAt())).executeUpdate());
        }
    }

    /** Stored daily figures from {@code from} to {@code to} (inclusive), by day then metric. */
    @SuppressWarnings("unchecked")
    public Map<LocalDate, Map<String, Long>> days(String accountId, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("SELECT metric_day, metric, metric_value FROM insight_day"
                        + " WHERE account_id = ? AND metric_day >= ? AND metric_day <= ?")
                .setParameter(1, accountId).setParameter(2, java.sql.Date.valueOf(from))
                .setParameter(3, java.sql.Date.valueOf(to)).getResultList();
        Map<LocalDate, Map<String, Long>> days = new TreeMap<>();
        for (Object[] row : rows) {
            days.computeIfAbsent(date(row[0]), d -> new LinkedHashMap<>()).put((String) row[1], ((Number) row[2]).longValue());
        }
        return days;
    }

    /** The latest stored figures of each post published between {@code since} and {@code until}. */
    @SuppressWarnings("unchecked")
    public List<MediaFigures> media(String accountId, Instant since, Instant until) {
        List<Object[]> rows = em.createNativeQuery("SELECT m.media_id, m.product_type, m.posted_at, m.metric, m.metric_value"
                        + " FROM insight_media m WHERE m.account_id = ? AND m.posted_at >= ? AND m.posted_at < ?"
                        + " AND m.snap_day = (SELECT MAX(l.snap_day) FROM insight_media l WHERE l.account_id = m.account_id"
                        + " AND l.media_id = m.media_id)")
                .setParameter(1, accountId).setParameter(2, Timestamp.from(since)).setParameter(3, Timestamp.from(until))
                .getResultList();
        Map<String, MediaFigures> media = new LinkedHashMap<>();
        for (Object[] row : rows) {
            MediaFigures m = media.computeIfAbsent((String) row[0], id -> new MediaFigures(id, (String) row[1],
                    instant(row[2]), new LinkedHashMap<>()));
            m.metrics().put((String) row[3], ((Number) row[4]).longValue());
        }
        return new ArrayList<>(media.values());
    }

    private static LocalDate date(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return Timestamp.valueOf(value.toString()).toInstant();
    }
}
