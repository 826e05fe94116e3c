package io.igstudio.audit;

import io.igstudio.users.SignedInUser;
import io.igstudio.users.UserDirectory;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;

/** Writes audit entries (each in its own transaction, so a failed request still leaves its line) and reads them. */
@Stateless
public class AuditLog {

    static final int EXPORT_LIMIT = 50_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    UserDirectory users;

    /** One page of entries, newest first, and whether there are more. */
    public record Page(List<AuditEntry> entries, int page, boolean more) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String userId, String userName, String action, String target, String address, int status) {
        String name = userName;
        if (name == null && userId != null) {
            name = users.find(userId).map(SignedInUser::name).orElse(null);
        }
        em.persist(new AuditEntry(clock.instant(), userId, name, action, target, address, Outcome.of(status), status));
    }

    public Page search(AuditQuery query, int page, int size) {
        List<AuditEntry> found = query(query).setFirstResult(Math.max(0, page) * size).setMaxResults(size + 1)
                .getResultList();
        boolean more = found.size() > size;
        return new Page(more ? found.subList(0, size) : found, page, more);
    }

    public List<AuditEntry> export(AuditQuery query) {
        return query(query).setMaxResults(EXPORT_LIMIT).getResultList();
    }

    private TypedQuery<AuditEntry> query(AuditQuery q) {
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
        if (q.who() != null) {
            jpql.append(" and (e.userId = :whoId or lower(e.userName) like :who)");
        }
        if (q.action() != null) {
            jpql.append(" and e.action like :action");
        }
        if (q.start() != null) {
            jpql.append(" and e.occurredAt >= :start");
        }
        if (q.end() != null) {
            jpql.append(" and e.occurredAt < :end");
        }
        jpql.append(" order by e.occurredAt desc, e.id");
        TypedQuery<AuditEntry> typed = em.createQuery(jpql.toString(), AuditEntry.class);
        if (q.who() != null) {
            typed.setParameter("whoId", q.who()).setParameter("who", "%" + like(q.who().toLowerCase()) + "%");
        }
        if (q.action() != null) {
            typed.setParameter("action", like(q.action()) + "%");
        }
        if (q.start() != null) {
            typed.setParameter("start", q.start());
        }
        if (q.end() != null) {
            typed.setParameter("end", q.end());
        }
        return typed;
    }

    /** LIKE's wildcards typed by someone are taken literally enough: they are dropped. */
    private static String like(String s) {
        return s.replace("%", "").replace("_", "");
    }
}
