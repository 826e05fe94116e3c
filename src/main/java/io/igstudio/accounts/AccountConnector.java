package io.igstudio.accounts;

import io.igstudio.graph.AccessToken;
import io.igstudio.graph.FacebookPage;
import io.igstudio.graph.GraphClient;
import io.igstudio.graph.GraphException;
import io.igstudio.graph.Permissions;
import io.igstudio.security.FacebookAuthorized;
import io.igstudio.users.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Meta's callback after "Connect Instagram": asks Meta what was granted, exchanges the token for a
 * long-lived one and lists the Pages (no transaction is open meanwhile, so no database connection waits
 * on Meta), then has {@link InstagramAccounts} store the result and {@link ConnectReport} explain it.
 */
@ApplicationScoped
public class AccountConnector {

    private static final Logger LOG = Logger.getLogger(AccountConnector.class.getName());

    @Inject
    GraphClient graph;

    @Inject
    InstagramAccounts accounts;

    @Inject
    ConnectReport report;

    @Inject
    UserDirectory users;

    void onAuthorized(@Observes FacebookAuthorized authorized) {
        ConnectOutcome outcome;
        try {
            outcome = connect(authorized);
        } catch (GraphException e) {
            LOG.warning(() -> "Connecting Instagram failed: Meta error " + e.code() + "/" + e.subcode()
                    + " (fbtrace " + e.fbtraceId() + ")");
            outcome = ConnectOutcome.failed("Meta did not complete the connection (error " + e.code()
                    + "). Please try again; if it keeps failing, check the app's permissions at Meta.");
        }
        String signedInAs = users.find(authorized.userId()).map(u -> u.facebookId()).orElse(null);
        if (!authorized.facebookUserId().equals(signedInAs)) {
            outcome = outcome.throughOtherLogin(authorized.facebookName());
        }
        report.record(outcome);
    }

    private ConnectOutcome connect(FacebookAuthorized authorized) {
        Permissions permissions = graph.permissions(authorized.userToken());
        List<String> declinedRequired = InstagramPermission.requiredScopes().stream()
                .filter(scope -> !permissions.grants(scope)).toList();
        List<String> declinedOptional = authorized.requestedScopes().stream()
                .filter(scope -> !permissions.grants(scope) && !declinedRequired.contains(scope)).toList();
        if (!declinedRequired.isEmpty()) {
            // Meta's grant is per Facebook login: the accounts already connected through it lost the permission too
            accounts.updateGrant(authorized.userId(), authorized.facebookUserId(), permissions);
            return ConnectOutcome.declined(declinedRequired, declinedOptional);
        }
        AccessToken longLived = graph.exchangeForLongLived(authorized.userToken());
        List<FacebookPage> pages = graph.pages(longLived.value());
        return accounts.store(authorized, permissions, longLived, pages, declinedOptional);
    }
}
