package io.igstudio.research;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IG Studio's own count of each account's hashtag searches ({@code hashtag_search}) and the hashtag ids Meta
 * resolved ({@code research_hashtag}). A claim runs in one short transaction under a lock on the account's row, so
 * two requests (or two instances) can never both take the 30th place; Meta is asked only after the claim.
 */
@Stateless
public class HashtagQuota {

    @PersistenceContext
    EntityManager em;

    /** The outcome of a claim, with the account's window after it. */
    public record Claim(QuotaWindow.Decision decision, QuotaWindow window) {
    }

    public Claim claim(String accountId, String name, Instant now) {
        // the lock: every claim for this account waits here for the one before it to commit
        em.createNativeQuery("SELECT id FROM instagram_account WHERE id = ? FOR UPDATE").setParameter(1, accountId)
                .getResultList();
        Map<String, Instant> firsts = firstSearches(accountId);
        QuotaWindow window = QuotaWindow.of(firsts.values(), now);
        QuotaWindow.Decision decision = window.decide(Optional.ofNullable(firsts.get(name)), now);
        switch (decision) {
            case FREE -> em.createNativeQuery("UPDATE hashtag_search SET last_searched_at = ? WHERE account_id = ? AND name = ?")
                    .setParameter(1, utc(now)).setParameter(2, accountId).setParameter(3, name).executeUpdate();
            case COUNTED -> {
                if (firsts.containsKey(name)) {
                    // counted again after its 7 days ran out: a new window starts now
                    em.createNativeQuery("UPDATE hashtag_search SET first_searched_at = ?, last_searched_at = ?"
                                    + " WHERE account_id = ? AND name = ?")
                            .setParameter(1, utc(now)).setParameter(2, utc(now)).setParameter(3, accountId)
                            .setParameter(4, name).executeUpdate();
                } else {
                    em.createNativeQuery("INSERT INTO hashtag_search (account_id, name, first_searched_at, last_searched_at)"
                                    + " VALUES (?, ?, ?, ?)")
                            .setParameter(1, accountId).setParameter(2, name).setParameter(3, utc(now))
                            .setParameter(4, utc(now)).executeUpdate();
                }
                firsts.put(name, now);
                window = QuotaWindow.of(firsts.values(), now);
            }
            case REFUSED -> { }
        }
        return new Claim(decision, window);
    }

    /** Each account's window, for the page (no lock: a display). */
    public Map<String, QuotaWindow> windows(List<String> accountIds, Instant now) {
        Map<String, QuotaWindow> out = new HashMap<>();
        for (String id : accountIds) {
            out.put(id, QuotaWindow.of(firstSearches(id).values(), now));
        }
        return out;
    }

    /** Whether the account's window for this hashtag is open (it may read the hashtag's media without a claim). */
    public boolean open(String accountId, String name, Instant now) {
        return QuotaWindow.counts(firstSearches(accountId).get(name), now);
    }

    /** The hashtags the account searched within the last 7 days, newest first. */
    public List<String> recent(String accountId, Instant now) {
        return firstSearches(accountId).entrySet().stream().filter(e -> QuotaWindow.counts(e.getValue(), now))
                .sorted(Map.Entry.<String, Instant>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    }

    public Optional<String> hashtagId(String name) {
        List<?> rows = em.createNativeQuery("SELECT hashtag_id FROM research_hashtag WHERE name = ?")
                .setParameter(1, name).getResultList();
        return rows.stream().map(String::valueOf).findFirst();
    }

    public void rememberId(String name, String hashtagId, Instant now) {
        if (hashtagId(name).isEmpty()) {
            em.createNativeQuery("INSERT INTO research_hashtag (name, hashtag_id, resolved_at) VALUES (?, ?, ?)")
                    .setParameter(1, name).setParameter(2, hashtagId).setParameter(3, utc(now)).executeUpdate();
        }
    }

    private Map<String, Instant> firstSearches(String accountId) {
        List<?> rows = em.createNativeQuery("SELECT name, first_searched_at FROM hashtag_search WHERE account_id = ?")
                .setParameter(1, accountId).getResultList();
        Map<String, Instant> out = new HashMap<>();
        for (Object row : rows) {
            Object[] cols = (Object[]) row;
            out.put(String.valueOf(cols[0]), instant(cols[1]));
        }
        return out;
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}
