package io.igstudio.admin;

import io.igstudio.accounts.AccountView;
import io.igstudio.accounts.DisconnectResult;
import io.igstudio.accounts.InstagramAccount;
import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.accounts.MetaRefusedException;
import io.igstudio.graph.GraphUsage;
import io.igstudio.users.User;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every connected Instagram account, whoever owns it, for the admin console; the actions go through the
 * accounts feature's own entry bean on the owner's behalf (the same Meta calls and rules as their own
 * buttons).
 */
@Stateless
public class AccountsAdmin {

    static final int PAGE_SIZE = 25;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    GraphUsage usage;

    @Inject
    InstagramAccounts accounts;

    public record Page(List<AccountRow> accounts, int page, boolean more) {
    }

    public Page list(String search, int page) {
        String q = search == null || search.isBlank() ? null
                : "%" + search.trim().toLowerCase().replace("%", "").replace("_", "") + "%";
        var query = em.createQuery("select a from InstagramAccount a left join fetch a.connection"
                + (q == null ? "" : " where lower(a.username) like :q or a.igUserId like :q")
                + " order by a.username, a.id", InstagramAccount.class);
        if (q != null) {
            query.setParameter("q", q);
        }
        List<InstagramAccount> found = query.setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE + 1).getResultList();
        boolean more = found.size() > PAGE_SIZE;
        return new Page(rows(more ? found.subList(0, PAGE_SIZE) : found), page, more);
    }

    /** Every account (for the rate-limit page), closest to its limits first. */
    public List<AccountRow> all() {
        return rows(em.createQuery("select a from InstagramAccount a left join fetch a.connection", InstagramAccount.class)
                .setMaxResults(1000).getResultList());
    }

    private List<AccountRow> rows(List<InstagramAccount> found) {
        Instant now = clock.instant();
        List<String> owners = found.stream().map(InstagramAccount::getUserId).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (!owners.isEmpty()) {
            em.createQuery("select u from User u where u.id in :ids", User.class).setParameter("ids", owners)
                    .getResultStream().forEach(u -> names.put(u.getId(), u.getName()));
        }
        Map<String, String> errors = new HashMap<>();
        List<String> ids = found.stream().map(InstagramAccount::getId).toList();
        if (!ids.isEmpty()) {
            for (Object[] row : em.createQuery("select p.accountId, p.failure from Post p where p.accountId in :ids"
                            + " and p.failure is not null order by p.updatedAt desc", Object[].class)
                    .setParameter("ids", ids).setMaxResults(500).getResultList()) {
                errors.putIfAbsent((String) row[0], (String) row[1]);
            }
        }
        return found.stream().map(a -> {
            var c = a.getConnection();
            GraphUsage.Usage u = usage.of(a.getIgUserId());
            String health = c.isNeedsReconnect() ? "Needs reconnect"
                    : c.getTokenExpiresAt() != null && !c.getTokenExpiresAt().isAfter(now) ? "Token expired"
                    : c.getTokenExpiresAt() != null && c.getTokenExpiresAt().isBefore(now.plus(Duration.ofDays(7))) ? "Expires soon"
                    : u.blocked(now) ? "Throttled by Meta" : "Active";
            String lastError = c.isNeedsReconnect() ? "Meta refused the token (needs reconnect)" : errors.get(a.getId());
            return new AccountRow(a.getId(), a.getIgUserId(), a.getUsername(), a.getUserId(), names.get(a.getUserId()),
                    a.getAccountType(), c.getTokenExpiresAt(), health, u.accountPercent(), u.callsLastHour(),
                    u.callsPerHour(), u.blocked(now) ? u.blockedUntil() : null, lastError);
        }).toList();
    }

    /** Meta is called by the accounts feature in its own transaction; none is held here. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String refreshToken(String accountId) {
        String owner = owner(accountId);
        try {
            AccountView view = accounts.refreshToken(owner, accountId);
            return "The access token of @" + view.username() + " was renewed.";
        } catch (MetaRefusedException e) {
            throw new AdminRefusal(e.reconnectNeeded()
                    ? "Meta no longer accepts this account's access; its owner has to reconnect it."
                    : "Meta did not renew the token just now (error " + e.graphError().code() + ").");
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String disconnect(String accountId) {
        DisconnectResult result = accounts.disconnect(owner(accountId), accountId);
        return "@" + result.username() + " was disconnected" + (result.revoked() ? " and access was revoked at Meta." : ".")
                + (result.revokeProblem() != null ? " Meta could not be asked to revoke access (" + result.revokeProblem() + ")." : "");
    }

    private String owner(String accountId) {
        InstagramAccount account = accountId == null ? null : em.find(InstagramAccount.class, accountId);
        if (account == null) {
            throw new io.igstudio.accounts.AccountNotFoundException();
        }
        return account.getUserId();
    }
}
