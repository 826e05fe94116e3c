package io.igstudio.accounts;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
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
    InstagramAccounts accounts;

    @Inject
    @ConfigProperty(name = "igstudio.tokens.renew-days", defaultValue = "10")
    int renewDays;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void renewExpiring() {
        accounts.connectionsExpiringBefore(Instant.now().plus(Duration.ofDays(renewDays)))
                .forEach(accounts::renewConnection);
    }
}
