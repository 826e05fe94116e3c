package io.igstudio.research;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The accounts a person compares with ({@code compared_account}) and their daily numbers ({@code compared_snapshot},
 * one row per account and day: a second snapshot on the same day changes nothing, whoever takes it).
 */
@Stateless
public class CompareStore {

    /** A short list: each entry costs a Graph call a day. */
    public static final int MAX_COMPARED = 10;

    @PersistenceContext
    EntityManager em;

    public record Compared(String id, String userId, String accountId, String username) {
    }

    public record Snapshot(LocalDate day, long followers, long media) {
    }

    public List<Compared> of(String userId) {
        return rows("SELECT id, user_id, account_id, username FROM compared_account WHERE user_id = ? ORDER BY username",
                userId);
    }

    public List<Compared> all() {
        List<?> rows = em.createNativeQuery("SELECT id, user_id, account_id, username FROM compared_account ORDER BY id")
                .getResultList();
        return rows.stream().map(r -> compared((Object[]) r)).toList();
    }

    public Optional<Compared> find(String userId, String id) {
        return of(userId).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Adds the username to the person's list (once); empty when the list is full. */
    public Optional<Compared> add(String userId, String accountId, String username, Instant now) {
        List<Compared> mine = of(userId);
        Optional<Compared> known = mine.stream().filter(c -> c.username().equalsIgnoreCase(username)).findFirst();
        if (known.isPresent()) {
            return known;
        }
        if (mine.size() >= MAX_COMPARED) {
            return Optional.empty();
        }
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("INSERT INTO compared_account (id, user_id, account_id, username, added_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, userId).setParameter(3, accountId).setParameter(4, username)
                .setParameter(5, HashtagQuota.utc(now)).executeUpdate();
        return Optional.of(new Compared(id, userId, accountId, username));
    }

    public boolean remove(String userId, String id) {
        return em.createNativeQuery("DELETE FROM compared_account WHERE id = ? AND user_id = ?")
                .setParameter(1, id).setParameter(2, userId).executeUpdate() > 0;
    }

    public boolean hasSnapshot(String comparedId, LocalDate day) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM compared_snapshot WHERE compared_id = ? AND snapshot_day = ?")
                .setParameter(1, comparedId).setParameter(2, day).getSingleResult()).longValue() > 0;
    }

    /**
     * Stores the day's numbers unless that day has them already (idempotent per day; the primary key refuses a
     * second row should two instances race, and the loser's transaction rolls back with nothing lost).
     */
    public void snapshot(String comparedId, LocalDate day, long followers, long media, Instant now) {
        if (hasSnapshot(comparedId, day)) {
            return;
        }
        em.createNativeQuery("INSERT INTO compared_snapshot (compared_id, snapshot_day, followers_count, media_count, taken_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, comparedId).setParameter(2, day).setParameter(3, followers).setParameter(4, media)
                .setParameter(5, HashtagQuota.utc(now)).executeUpdate();
    }

    /** The latest snapshots, newest first. */
    public List<Snapshot> snapshots(String comparedId, int max) {
        List<?> rows = em.createNativeQuery("SELECT snapshot_day, followers_count, media_count FROM compared_snapshot"
                        + " WHERE compared_id = ? ORDER BY snapshot_day DESC")
                .setParameter(1, comparedId).setMaxResults(max).getResultList();
        return rows.stream().map(r -> {
            Object[] c = (Object[]) r;
            return new Snapshot(day(c[0]), ((Number) c[1]).longValue(), ((Number) c[2]).longValue());
        }).toList();
    }

    private List<Compared> rows(String sql, String param) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, param).getResultList();
        return rows.stream().map(r -> compared((Object[]) r)).toList();
    }

    private static Compared compared(Object[] r) {
        return new Compared(String.valueOf(r[0]), String.valueOf(r[1]), String.valueOf(r[2]), String.valueOf(r[3]));
    }

    private static LocalDate day(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(String.valueOf(value).substring(0, 10));
    }
}
