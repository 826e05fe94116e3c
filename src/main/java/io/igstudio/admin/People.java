package io.igstudio.admin;

import io.igstudio.security.SignedInSessions;
import io.igstudio.users.AdminRole;
import io.igstudio.users.User;
import io.igstudio.users.UserDirectory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The People page's entry bean: a searchable, paginated list, and the actions on a person. A suspension
 * ends the person's sessions (they are signed out everywhere on this instance, and cannot sign in again)
 * and holds their posts (the publishing timer skips them) until it is lifted. There is always one
 * administrator left: the last one can neither be revoked nor suspended.
 */
@Stateless
public class People {

    static final int PAGE_SIZE = 25;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserDirectory users;

    @Inject
    AdminRole role;

    @Inject
    SignedInSessions sessions;

    public record Page(List<PersonRow> people, int page, boolean more, long total) {
    }

    public Page list(String search, int page) {
        String q = search == null || search.isBlank() ? null
                : "%" + search.trim().toLowerCase().replace("%", "").replace("_", "") + "%";
        String where = q == null ? "" : " where lower(u.name) like :q or lower(u.email) like :q or u.facebookId like :q";
        var query = em.createQuery("select u from User u" + where + " order by u.lastLoginAt desc, u.id", User.class);
        var count = em.createQuery("select count(u) from User u" + where, Long.class);
        if (q != null) {
            query.setParameter("q", q);
            count.setParameter("q", q);
        }
        List<User> found = query.setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE + 1).getResultList();
        boolean more = found.size() > PAGE_SIZE;
        List<User> shown = more ? found.subList(0, PAGE_SIZE) : found;
        List<String> ids = shown.stream().map(User::getId).toList();
        Map<String, Long> accounts = counts("select a.userId, count(a) from InstagramAccount a where a.userId in :ids group by a.userId", ids);
        Map<String, Long> posts = counts("select p.userId, count(p) from Post p where p.userId in :ids group by p.userId", ids);
        List<PersonRow> rows = shown.stream().map(u -> new PersonRow(u.getId(), u.getName(), u.getEmail(),
                u.getFacebookId(), u.getCreatedAt(), u.getLastLoginAt(), accounts.getOrDefault(u.getId(), 0L),
                posts.getOrDefault(u.getId(), 0L), u.isSuspended(), role.source(u).name())).toList();
        return new Page(rows, page, more, count.getSingleResult());
    }

    private Map<String, Long> counts(String jpql, List<String> ids) {
        Map<String, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
                counts.put((String) row[0], ((Number) row[1]).longValue());
            }
        }
        return counts;
    }

    /** @return the person's name, and how many sessions were ended */
    public String suspend(String adminId, String userId) {
        User user = person(userId);
        if (user.getId().equals(adminId)) {
            throw new AdminRefusal("You cannot suspend yourself.");
        }
        if (role.source(user) != AdminRole.Source.NONE && role.count() <= 1) {
            throw new AdminRefusal(user.getName() + " is the last administrator and cannot be suspended.");
        }
        users.suspend(userId, true);
        role.forget();
        int ended = sessions.signOutEverywhere(userId);
        return user.getName() + " is suspended (" + ended + " session" + (ended == 1 ? "" : "s")
                + " ended); their posts are held.";
    }

    public String lift(String userId) {
        User user = person(userId);
        users.suspend(userId, false);
        role.forget();
        return "The suspension of " + user.getName() + " is lifted; their posts continue.";
    }

    public String grant(String userId) {
        User user = person(userId);
        if (user.isSuspended()) {
            throw new AdminRefusal("Lift the suspension of " + user.getName() + " first.");
        }
        users.storeAdmin(userId, true);
        role.forget();
        return user.getName() + " is now an administrator.";
    }

    public String revoke(String adminId, String userId) {
        User user = person(userId);
        AdminRole.Source source = role.source(user);
        if (source == AdminRole.Source.CONFIGURATION || source == AdminRole.Source.SANDBOX) {
            throw new AdminRefusal(user.getName() + " is an administrator by configuration"
                    + " (igstudio.admin.facebook-ids or the sandbox's admin); change the configuration instead.");
        }
        if (source == AdminRole.Source.GRANTED && role.count() <= 1) {
            throw new AdminRefusal(user.getName() + " is the last administrator; grant the role to someone else first.");
        }
        users.storeAdmin(userId, false);
        role.forget();
        return user.getName() + " is no longer an administrator"
                + (user.getId().equals(adminId) ? " (that was you)." : ".");
    }

    private User person(String userId) {
        User user = userId == null ? null : em.find(User.class, userId);
        if (user == null) {
            throw new io.igstudio.accounts.AccountNotFoundException();
        }
        return user;
    }
}
