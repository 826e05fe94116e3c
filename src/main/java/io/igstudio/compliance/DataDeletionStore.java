package io.igstudio.compliance;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Deletes everything IG Studio keeps about one Facebook person, in one transaction, and records the request.
 * The person's rows go through the schema's {@code ON DELETE CASCADE} from {@code app_user} (every table of a
 * person's data references it, or an Instagram account, which references it); connections that other IG Studio
 * users made through this person's Facebook login go too, with their accounts. What stays is the request itself:
 * its confirmation code, when it came and when it was done, and a SHA-256 hash of the Facebook id, so that the
 * status URL handed to Meta keeps answering and a repeated request answers the same code. The audit log keeps its
 * entries of the person's actions (what and when) without who and from where; Meta's usage readings of their
 * Instagram accounts go unless another IG Studio user has the same account connected.
 */
@Stateless
public class DataDeletionStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** What was deleted: the confirmation code, and the media files to remove from disk once committed. */
    public record Deleted(String confirmationCode, List<String> storedFiles) {
    }

    public Deleted delete(String facebookUserId, DataDeletion.Origin origin) {
        String hash = hash(facebookUserId);
        Instant now = clock.instant();
        List<String> users = strings("SELECT id FROM app_user WHERE facebook_id = ?1", facebookUserId);
        List<String> connections = strings("SELECT id FROM facebook_connection WHERE facebook_user_id = ?1",
                facebookUserId);
        if (users.isEmpty() && connections.isEmpty()) {
            Optional<String> earlier = strings("SELECT confirmation_code FROM data_deletion WHERE facebook_id_hash = ?1"
                    + " ORDER BY requested_at DESC", hash).stream().findFirst();
            if (earlier.isPresent()) {
                return new Deleted(earlier.get(), List.of()); // nothing left: the same request again
            }
        }
        List<String> igUserIds = new java.util.ArrayList<>();
        for (String user : users) {
            igUserIds.addAll(strings("SELECT ig_user_id FROM instagram_account WHERE user_id = ?1", user));
        }
        for (String connection : connections) {
            igUserIds.addAll(strings("SELECT ig_user_id FROM instagram_account WHERE connection_id = ?1", connection));
        }
        List<String> files = users.isEmpty() ? List.of()
                : em.createQuery("select f.storedName from MediaFile f where f.userId in :users", String.class)
                        .setParameter("users", users).getResultList();
        // children first: instagram_account references facebook_connection without a cascade
        for (String user : users) {
            update("DELETE FROM instagram_account WHERE user_id = ?1", user);
            update("DELETE FROM facebook_connection WHERE user_id = ?1", user);
        }
        for (String connection : connections) {
            update("DELETE FROM instagram_account WHERE connection_id = ?1", connection);
            update("DELETE FROM facebook_connection WHERE id = ?1", connection);
        }
        for (String user : users) {
            // the audit log keeps what happened and when, no longer who nor from where
            update("UPDATE audit_entry SET user_id = NULL, user_name = NULL, address = NULL WHERE user_id = ?1", user);
        }
        update("DELETE FROM app_user WHERE facebook_id = ?1", facebookUserId);
        for (String igUserId : igUserIds) {
            if (strings("SELECT id FROM instagram_account WHERE ig_user_id = ?1", igUserId).isEmpty()) {
                update("DELETE FROM usage_sample WHERE ig_user_id = ?1", igUserId);
            }
        }
        String code = newCode();
        em.createNativeQuery("INSERT INTO data_deletion (confirmation_code, facebook_id_hash, origin, requested_at,"
                        + " completed_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, code).setParameter(2, hash).setParameter(3, origin.name())
                .setParameter(4, Timestamp.from(now)).setParameter(5, Timestamp.from(now)).executeUpdate();
        return new Deleted(code, files);
    }

    /** The request behind a confirmation code, for its status page. */
    public Optional<DataDeletion.Status> status(String confirmationCode) {
        if (confirmationCode == null || !confirmationCode.matches("[0-9a-f]{20}")) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT requested_at, completed_at FROM data_deletion"
                + " WHERE confirmation_code = ?1").setParameter(1, confirmationCode).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new DataDeletion.Status(confirmationCode, instant(r[0]), instant(r[1]));
        });
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant()
                : value instanceof java.time.LocalDateTime l ? l.toInstant(java.time.ZoneOffset.UTC)
                : Instant.parse(value.toString());
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql, String parameter) {
        return ((List<Object>) em.createNativeQuery(sql).setParameter(1, parameter).getResultList()).stream()
                .map(String::valueOf).toList();
    }

    private void update(String sql, String parameter) {
        em.createNativeQuery(sql).setParameter(1, parameter).executeUpdate();
    }

    static String hash(String facebookUserId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("igstudio-data-deletion:" + facebookUserId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String newCode() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
