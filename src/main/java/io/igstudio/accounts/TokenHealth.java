package io.igstudio.accounts;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The daily token health check: every stored token is shown to Meta's {@code debug_token}, so that an invalid
 * token, a permission the person took back or data access nearing its 90-day end is noticed before a post
 * fails (issue 23). Each connection is checked in its own transaction (see
 * {@link InstagramAccounts#checkConnection}); a non-persistent timer, as the state lives in the database.
 */
@Singleton
public class TokenHealth {

    private static final Logger LOG = Logger.getLogger(TokenHealth.class.getName());

    @Inject
    InstagramAccounts accounts;

    @Schedule(hour = "5", minute = "41", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void checkAll() {
        int checked = 0;
        for (String id : accounts.connectionsToCheck()) {
            try {
                accounts.checkConnection(id);
                checked++;
            } catch (RuntimeException e) {
                LOG.warning(() -> "Checking the token of connection " + id + " failed: " + e.getClass().getSimpleName());
            }
        }
        int done = checked;
        LOG.info(() -> "Token health check: " + done + " connection(s) checked");
    }
}
