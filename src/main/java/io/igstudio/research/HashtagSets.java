package io.igstudio.research;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jakarta.inject.Inject;

/** A person's hashtag sets: list, create, rename or change, delete. Only the person's own sets (404 otherwise). */
@Stateless
public class HashtagSets {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Errors per field, or the saved set's id. */
    public record Saved(Map<String, String> errors, String id) {
    }

    public List<HashtagSetView> list(String userId) {
        List<?> rows = em.createNativeQuery("SELECT id, name, tags FROM hashtag_set WHERE user_id = ? ORDER BY name")
                .setParameter(1, userId).getResultList();
        return rows.stream().map(r -> view((Object[]) r)).toList();
    }

    public Optional<HashtagSetView> find(String userId, String id) {
        List<?> rows = em.createNativeQuery("SELECT id, name, tags FROM hashtag_set WHERE user_id = ? AND id = ?")
                .setParameter(1, userId).setParameter(2, id).getResultList();
        return rows.stream().map(r -> view((Object[]) r)).findFirst();
    }

    /** Creates ({@code id == null}) or replaces a set. */
    public Saved save(String userId, String id, String name, String text) {
        List<String> tags = HashtagSetRules.parse(text);
        Map<String, String> errors = new java.util.LinkedHashMap<>(HashtagSetRules.check(name, tags));
        String trimmed = name == null ? "" : name.trim();
        boolean taken = list(userId).stream().anyMatch(s -> s.name().equalsIgnoreCase(trimmed) && !s.id().equals(id));
        if (taken && !errors.containsKey("name")) {
            errors.put("name", "You already have a set named \"" + trimmed + "\".");
        }
        if (!errors.isEmpty()) {
            return new Saved(errors, id);
        }
        Instant now = clock.instant();
        String joined = String.join(" ", tags);
        if (id == null) {
            String newId = UUID.randomUUID().toString();
            em.createNativeQuery("INSERT INTO hashtag_set (id, user_id, name, tags, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, newId).setParameter(2, userId).setParameter(3, trimmed).setParameter(4, joined)
                    .setParameter(5, HashtagQuota.utc(now)).setParameter(6, HashtagQuota.utc(now)).executeUpdate();
            return new Saved(Map.of(), newId);
        }
        find(userId, id).orElseThrow(io.igstudio.accounts.AccountNotFoundException::new);
        em.createNativeQuery("UPDATE hashtag_set SET name = ?, tags = ?, updated_at = ? WHERE id = ? AND user_id = ?")
                .setParameter(1, trimmed).setParameter(2, joined).setParameter(3, HashtagQuota.utc(now))
                .setParameter(4, id).setParameter(5, userId).executeUpdate();
        return new Saved(Map.of(), id);
    }

    public boolean delete(String userId, String id) {
        return em.createNativeQuery("DELETE FROM hashtag_set WHERE id = ? AND user_id = ?")
                .setParameter(1, id).setParameter(2, userId).executeUpdate() > 0;
    }

    private static HashtagSetView view(Object[] row) {
        String tags = String.valueOf(row[2]).trim();
        return new HashtagSetView(String.valueOf(row[0]), String.valueOf(row[1]),
                tags.isEmpty() ? List.of() : Arrays.asList(tags.split(" ")));
    }
}
