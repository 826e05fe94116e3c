package io.igstudio.accounts;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps long-lived tokens fresh: every hour, connections whose token expires within
 * {@code igstudio.tokens.renew-days} days are renewed, each in its own transaction. A non-persistent
 * timer: the state lives in the database, so a restart loses nothing.
 */
@Singleton
public class TokenRefresher {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(TokenRefresher.class.getName());

    @Inject
    InstagramAccounts accounts;

    @Inject
    @ConfigProperty(name = "igstudio.tokens.renew-days", defaultValue = "10")
    int renewDays;

    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void renewExpiring() {
        for (String id : accounts.connectionsExpiringBefore(clock.instant().plus(Duration.ofDays(renewDays)))) {
            try {
                accounts.renewConnection(id);
            } catch (RuntimeException e) {
                LOG.warning(() -> "Renewing the token of connection " + id + " failed: " + e.getClass().getSimpleName());
            }
        }
    }
}
