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
import io.igstudio.notifications.NotificationKind;
import io.igstudio.notifications.Notifications;
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

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

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
        Instant now = clock.instant();
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
            // the next page view asks Meta again; the old values stay to stand in if Meta throttles meanwhile
            cache.expire(account.getId());
            connected.add(account.getUsername());
        }
        connection.pagesWithoutInstagram(withoutInstagram);
        forgetUnusedConnections(authorized.userId(), connection);
        return new ConnectOutcome(connected, withoutInstagram, List.of(), declinedOptional, pages.size(), null);
    }

    /**
     * Records Meta's current grant on the person's connection through that Facebook login, if there is one:
     * a connect attempt in which a required permission was declined connects nothing, but the accounts
     * already connected through the same login have lost it as well.
     */
    public void updateGrant(String userId, String facebookUserId, Permissions permissions) {
        em.createQuery("select c from FacebookConnection c where c.userId = :user and c.facebookUserId = :fb",
                        FacebookConnection.class)
                .setParameter("user", userId).setParameter("fb", facebookUserId)
                .getResultStream().forEach(c -> c.granted(permissions.granted(), permissions.declined()));
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

    /** Read on every signed-in page that lists accounts: no transaction of its own (one query, no commit). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AccountView> list(String userId) {
        Instant now = clock.instant();
        // the connection in the same query: AccountView reads it for every account
        return em.createQuery("select a from InstagramAccount a left join fetch a.connection"
                        + " where a.userId = :user order by a.username", InstagramAccount.class)
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
        return owned(userId, accountId).map(a -> AccountView.of(a, clock.instant()));
    }

    /** What a page about one account shows, with the access to ask Meta for the rest; one read of the account. */
    public record Opened(AccountView view, AccountAccess access) {
    }

    /** {@link #find} and {@link #access} in one read; 404 when the account is not theirs. */
    public Opened open(String userId, String accountId) {
        InstagramAccount account = owned(userId, accountId).orElseThrow(AccountNotFoundException::new);
        return new Opened(AccountView.of(account, clock.instant()), access(account));
    }

    /** For features that call the Graph API on the person's behalf; 404 when the account is not theirs. */
    public AccountAccess access(String userId, String accountId) {
        return access(owned(userId, accountId).orElseThrow(AccountNotFoundException::new));
    }

    private AccountAccess access(InstagramAccount account) {
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
        Instant now = clock.instant();
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

    /**
     * Every connected account whose access still works, for background work of other features (the insights
     * snapshot); the tokens are decrypted for the call and must not be stored.
     */
    public List<AccountAccess> backgroundAccesses() {
        return em.createQuery("select a from InstagramAccount a join fetch a.connection c where c.needsReconnect = false",
                InstagramAccount.class).getResultStream().map(a -> {
                    try {
                        return access(a);
                    } catch (IllegalStateException undecryptable) {
                        return null;
                    }
                }).filter(java.util.Objects::nonNull).toList();
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
        Instant now = clock.instant();
        try {
            AccessToken fresh = graph.exchangeForLongLived(vault.open(connection.getSealedToken()));
            connection.tokenRefreshed(vault.seal(fresh.value()), expiry(fresh, now), now);
        } catch (GraphException.InvalidToken | IllegalStateException e) {
            connection.markNeedsReconnect();
        } catch (GraphException e) {
            LOG.info(() -> "Token renewal postponed (Meta error " + e.code() + "); the next run tries again");
        }
    }

    /** Every connection that still has a token to check (the daily health check). */
    public List<String> connectionsToCheck() {
        return em.createQuery("select c.id from FacebookConnection c where c.sealedToken <> ''", String.class)
                .getResultList();
    }

    /**
     * Asks Meta about one connection's token (debug_token) and records the answer, in its own transaction; tells
     * the person, once per event, when the token became invalid, a permission went missing, or data access ends
     * within 14 or 3 days. Meta being unreachable postpones the check to the next run.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void checkConnection(String connectionId) {
        FacebookConnection connection = em.find(FacebookConnection.class, connectionId);
        if (connection == null || connection.getSealedToken().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        io.igstudio.graph.TokenFacts facts;
        try {
            facts = graph.debugToken(vault.open(connection.getSealedToken()));
        } catch (IllegalStateException e) {
            facts = new io.igstudio.graph.TokenFacts(false, null, null, List.of(), 190, 0);
        } catch (GraphException e) {
            LOG.info(() -> "Token check postponed (Meta error " + e.code() + "); the next run tries again");
            return;
        }
        boolean newlyUnhealthy = connection.checked(facts, now);
        String link = "/accounts";
        String names = accountNames(connection);
        if (newlyUnhealthy && connection.isNeedsReconnect()) {
            notifications.notify(connection.getUserId(), NotificationKind.ACCOUNT_NEEDS_RECONNECT,
                    names + " needs a reconnect: " + connection.getRevokedReason() + ". Scheduled posts wait until then.",
                    link, "reconnect:" + connection.getId() + ":" + connection.getRefreshedAt().getEpochSecond());
        } else if (newlyUnhealthy) {
            notifications.notify(connection.getUserId(), NotificationKind.PERMISSION_MISSING,
                    names + ": permission missing: " + String.join(", ", connection.getLostScopes())
                            + ". Reconnect and allow it again.",
                    link, "lost:" + connection.getId() + ":" + Integer.toHexString(connection.getLostScopes().hashCode()));
        }
        connection.dataAccessWarningDue(now).ifPresent(days -> notifications.notify(connection.getUserId(),
                NotificationKind.DATA_ACCESS_EXPIRING,
                "Meta stops IG Studio's access to " + names + " in " + days + " days, on "
                        + AccountView.DAY.format(connection.getDataAccessExpiresAt())
                        + " (UTC). Reconnect to renew it for 90 days.",
                link, "data-access:" + connection.getId() + ":" + days + ":"
                        + connection.getDataAccessExpiresAt().getEpochSecond()));
    }

    private String accountNames(FacebookConnection connection) {
        List<String> names = em.createQuery("select a.username from InstagramAccount a where a.connection = :c"
                + " order by a.username", String.class).setParameter("c", connection).getResultList();
        return names.isEmpty() ? "Your Facebook connection" : "@" + String.join(", @", names);
    }

    /**
     * Meta's deauthorize callback: the person removed IG Studio from their Facebook account. Every connection made
     * through that Facebook login needs a reconnect (its token is dropped: Meta no longer honours it); accounts
     * and their posts stay, and scheduled posts wait. Answers how many connections were affected.
     */
    public int deauthorized(String facebookUserId) {
        List<FacebookConnection> connections = em.createQuery("select c from FacebookConnection c"
                + " where c.facebookUserId = :fb", FacebookConnection.class).setParameter("fb", facebookUserId)
                .getResultList();
        for (FacebookConnection connection : connections) {
            if (connection.getSealedToken().isEmpty()) {
                continue; // told already: Meta may deliver a callback more than once
            }
            connection.deauthorized("IG Studio was removed from the Facebook account");
            em.createQuery("select a.id from InstagramAccount a where a.connection = :c", String.class)
                    .setParameter("c", connection).getResultList().forEach(cache::invalidate);
            notifications.notify(connection.getUserId(), NotificationKind.ACCOUNT_NEEDS_RECONNECT,
                    accountNames(connection) + " needs a reconnect: IG Studio was removed from the Facebook account "
                            + connection.getFacebookName() + ". Scheduled posts wait until then.",
                    "/accounts", "deauthorized:" + connection.getId() + ":" + connection.getRefreshedAt().getEpochSecond());
        }
        return connections.size();
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
