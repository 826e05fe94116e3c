package io.igstudio.accounts;

import io.igstudio.graph.AccessToken;
import io.igstudio.graph.FacebookPage;
import io.igstudio.graph.GraphCache;
import io.igstudio.graph.GraphClient;
import io.igstudio.graph.GraphException;
import io.igstudio.graph.Permissions;
import io.igstudio.security.FacebookAuthorized;
import io.igstudio.security.TokenVault;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The accounts feature's entry bean: connects the Instagram accounts found through a Facebook login,
 * lists them, refreshes their token and disconnects them. Controllers, the JSON API and timers call it.
 */
@Stateless
public class InstagramAccounts {

    private static final Logger LOG = Logger.getLogger(InstagramAccounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    GraphClient graph;

    @Inject
    TokenVault vault;

    @Inject
    GraphCache cache;

    /**
     * Stores what a connect round trip found (Meta was asked before, outside any transaction, by
     * {@link AccountConnector}): the connection with its sealed long-lived token, one record per
     * Instagram account (updated, never duplicated, on reconnect), and the Pages without Instagram.
     */
    public ConnectOutcome store(FacebookAuthorized authorized, Permissions permissions, AccessToken longLived,
                         List<FacebookPage> pages, List<String> declinedOptional) {
        Instant now = Clock.systemUTC().instant();
        FacebookConnection connection = connection(authorized.userId(), authorized.facebookUserId(), now);
        connection.authorized(authorized.facebookName(), vault.seal(longLived.value()), expiry(longLived, now),
                permissions.granted(), permissions.declined(), now);

        List<String> connected = new ArrayList<>();
        List<String> withoutInstagram = new ArrayList<>();
        for (FacebookPage page : pages) {
            if (page.instagram().isEmpty()) {
                withoutInstagram.add(page.name());
                continue;
            }
            var profile = page.instagram().get();
            InstagramAccount account = byIgUserId(authorized.userId(), profile.id())
                    .orElseGet(() -> {
                        var created = new InstagramAccount(authorized.userId(), profile.id(), now);
                        em.persist(created);
                        return created;
                    });
            account.discovered(connection, page, profile, now);
            cache.invalidate(account.getId());
            connected.add(account.getUsername());
        }
        connection.pagesWithoutInstagram(withoutInstagram);
        forgetUnusedConnections(authorized.userId(), connection);
        return new ConnectOutcome(connected, withoutInstagram, List.of(), declinedOptional, pages.size(), null);
    }

    /**
     * When accounts moved to another Facebook login, the old login's connection serves nothing: its
     * token is dropped rather than kept and renewed for ever.
     */
    private void forgetUnusedConnections(String userId, FacebookConnection current) {
        em.flush();
        em.createQuery("select c from FacebookConnection c where c.userId = :user and c <> :current"
                        + " and not exists (select a from InstagramAccount a where a.connection = c)",
                        FacebookConnection.class)
                .setParameter("user", userId).setParameter("current", current)
                .getResultList().forEach(em::remove);
    }

    public List<AccountView> list(String userId) {
        Instant now = Clock.systemUTC().instant();
        return em.createQuery("select a from InstagramAccount a where a.userId = :user order by a.username",
                        InstagramAccount.class)
                .setParameter("user", userId)
                .getResultStream().map(a -> AccountView.of(a, now)).toList();
    }

    /** Pages without Instagram across the person's connections, to explain why they are not listed. */
    public List<String> pagesWithoutInstagram(String userId) {
        return em.createQuery("select c from FacebookConnection c where c.userId = :user", FacebookConnection.class)
                .setParameter("user", userId)
                .getResultStream().flatMap(c -> c.getPagesWithoutInstagram().stream()).distinct().sorted().toList();
    }

    public Optional<AccountView> find(String userId, String accountId) {
        return owned(userId, accountId).map(a -> AccountView.of(a, Clock.systemUTC().instant()));
    }

    /** For features that call the Graph API on the person's behalf; 404 when the account is not theirs. */
    public AccountAccess access(String userId, String accountId) {
        InstagramAccount account = owned(userId, accountId).orElseThrow(AccountNotFoundException::new);
        return new AccountAccess(account.getId(), account.getIgUserId(), account.getUsername(),
                vault.open(account.getConnection().getSealedToken()));
    }

    /** Records whether the account is a Business or a Creator account (Meta does not say; see AccountType). */
    public void declareType(String userId, String accountId, AccountType type) {
        owned(userId, accountId).orElseThrow(AccountNotFoundException::new).declareType(type);
    }

    /** Meta refused the account's token (code 190): the person has to reconnect. */
    public void markNeedsReconnect(String userId, String accountId) {
        owned(userId, accountId).ifPresent(a -> a.getConnection().markNeedsReconnect());
    }

    /** Exchanges the stored token for a fresh long-lived one; an invalid token marks "needs reconnect". */
    public AccountView refreshToken(String userId, String accountId) {
        InstagramAccount account = owned(userId, accountId).orElseThrow(AccountNotFoundException::new);
        FacebookConnection connection = account.getConnection();
        Instant now = Clock.systemUTC().instant();
        try {
            AccessToken fresh = graph.exchangeForLongLived(vault.open(connection.getSealedToken()));
            connection.tokenRefreshed(vault.seal(fresh.value()), expiry(fresh, now), now);
        } catch (GraphException e) {
            if (e instanceof GraphException.InvalidToken) {
                connection.markNeedsReconnect();
            }
            throw new MetaRefusedException(e);
        }
        return AccountView.of(account, now);
    }

    /** Connections whose token expires before {@code horizon} and that can still be renewed. */
    public List<String> connectionsExpiringBefore(Instant horizon) {
        return em.createQuery("select c.id from FacebookConnection c where c.needsReconnect = false"
                        + " and c.tokenExpiresAt is not null and c.tokenExpiresAt < :horizon", String.class)
                .setParameter("horizon", horizon).getResultList();
    }

    /**
     * Renews one connection's token (timer), in its own transaction so that one failure cannot undo the
     * others; an invalid token, or one that no longer decrypts, marks it "needs reconnect" instead.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void renewConnection(String connectionId) {
        FacebookConnection connection = em.find(FacebookConnection.class, connectionId);
        if (connection == null) {
            return;
        }
        Instant now = Clock.systemUTC().instant();
        try {
            AccessToken fresh = graph.exchangeForLongLived(vault.open(connection.getSealedToken()));
            connection.tokenRefreshed(vault.seal(fresh.value()), expiry(fresh, now), now);
        } catch (GraphException.InvalidToken | IllegalStateException e) {
            connection.markNeedsReconnect();
        } catch (GraphException e) {
            LOG.info(() -> "Token renewal postponed (Meta error " + e.code() + "); the next run tries again");
        }
    }

    /**
     * Removes the account and everything stored for it. When it was the last account of its Facebook
     * login, the app's permissions are revoked at Meta; a failed revoke is reported, the removal stays.
     */
    public DisconnectResult disconnect(String userId, String accountId) {
        InstagramAccount account = owned(userId, accountId).orElseThrow(AccountNotFoundException::new);
        FacebookConnection connection = account.getConnection();
        String username = account.getUsername();
        cache.invalidate(account.getId());
        em.remove(account);
        em.flush();
        long remaining = em.createQuery("select count(a) from InstagramAccount a where a.connection = :c", Long.class)
                .setParameter("c", connection).getSingleResult();
        if (remaining > 0) {
            return new DisconnectResult(username, false, null);
        }
        em.remove(connection);
        long sameLogin = em.createQuery("select count(c) from FacebookConnection c where c.facebookUserId = :fb"
                        + " and c.id <> :id", Long.class)
                .setParameter("fb", connection.getFacebookUserId()).setParameter("id", connection.getId())
                .getSingleResult();
        if (sameLogin > 0) {
            // another IG Studio user connected through the same Facebook login: revoking would cut them off
            return new DisconnectResult(username, false, null);
        }
        String revokeProblem = null;
        try {
            graph.revokePermissions(vault.open(connection.getSealedToken()));
        } catch (GraphException e) {
            revokeProblem = "Meta error " + e.code();
            LOG.warning(() -> "Revoking permissions at Meta failed (error " + e.code() + "); removed here anyway");
        } catch (IllegalStateException e) {
            revokeProblem = "the stored token could not be read";
            LOG.warning(() -> "Revoking permissions at Meta impossible: the stored token does not decrypt");
        }
        return new DisconnectResult(username, revokeProblem == null, revokeProblem);
    }

    private Optional<InstagramAccount> owned(String userId, String accountId) {
        InstagramAccount account = accountId == null ? null : em.find(InstagramAccount.class, accountId);
        if (account == null) {
            account = byIgUserId(userId, accountId).orElse(null);
        }
        return Optional.ofNullable(account).filter(a -> a.getUserId().equals(userId));
    }

    private Optional<InstagramAccount> byIgUserId(String userId, String igUserId) {
        return em.createQuery("select a from InstagramAccount a where a.userId = :user and a.igUserId = :ig",
                        InstagramAccount.class)
                .setParameter("user", userId).setParameter("ig", igUserId)
                .getResultStream().findFirst();
    }

    private FacebookConnection connection(String userId, String facebookUserId, Instant now) {
        return em.createQuery("select c from FacebookConnection c where c.userId = :user and c.facebookUserId = :fb",
                        FacebookConnection.class)
                .setParameter("user", userId).setParameter("fb", facebookUserId)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    var created = new FacebookConnection(userId, facebookUserId, now);
                    em.persist(created);
                    return created;
                });
    }

    private static Instant expiry(AccessToken token, Instant now) {
        return token.expiresIn() == null ? null : now.plus(token.expiresIn());
    }
}
