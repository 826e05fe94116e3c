package io.igstudio.notifications;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Tells a person something happened. Called inside the caller's transaction (a post's state change and its
 * notification commit together, so a published post is told once, and a rolled-back one not at all).
 */
@Stateless
public class Notifications {

    static final int LIST_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NotificationMail mail;

    /**
     * Notifies {@code userId}. {@code link} is a path inside IG Studio ("/posts/…"), never an outside address.
     */
    public void notify(String userId, NotificationKind kind, String message, String link) {
        notify(userId, kind, message, link, null);
    }

    /**
     * As {@link #notify(String, NotificationKind, String, String)}, once per {@code eventKey}: a second call
     * with the same key for the same person does nothing.
     */
    public void notify(String userId, NotificationKind kind, String message, String link, String eventKey) {
        if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
            throw new IllegalArgumentException("A notification links inside IG Studio: " + link);
        }
        if (eventKey != null && !em.createQuery("select n.id from Notification n where n.userId = :user"
                        + " and n.eventKey = :key", String.class).setParameter("user", userId)
                .setParameter("key", eventKey).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Notification n = new Notification(userId, kind, message, link, eventKey, clock.instant());
        em.persist(n);
        mail.send(userId, n);
    }

    /** The bell's count, read on every signed-in page: no transaction of its own (one query, no commit). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unread(String userId) {
        return em.createQuery("select count(n) from Notification n where n.userId = :user and n.readAt is null",
                Long.class).setParameter("user", userId).getSingleResult();
    }

    /** The newest first. */
    public List<NotificationView> list(String userId) {
        return em.createQuery("select n from Notification n where n.userId = :user order by n.createdAt desc",
                        Notification.class).setParameter("user", userId).setMaxResults(LIST_SIZE).getResultList()
                .stream().map(NotificationView::of).toList();
    }

    /** Marks one of the person's notifications read; empty when it is not theirs (the caller answers 404). */
    public Optional<NotificationView> markRead(String userId, String id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || !n.getUserId().equals(userId)) {
            return Optional.empty();
        }
        n.read(clock.instant());
        return Optional.of(NotificationView.of(n));
    }

    public void markAllRead(String userId) {
        em.createQuery("update Notification n set n.readAt = :now where n.userId = :user and n.readAt is null")
                .setParameter("now", clock.instant()).setParameter("user", userId).executeUpdate();
    }
}
