package io.igstudio.sandbox.control;

import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.oauth.ResolvedToken;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;

/**
 * What every Instagram call passes once its token and access are checked: the account's fault mode, then
 * its hourly budget. It leaves the {@code X-Business-Use-Case-Usage} value on the request for
 * {@code GraphHeaders}, errors included, as Meta sends the header with its throttling errors.
 */
@ApplicationScoped
public class InstagramGate {

    /** Request attribute holding the header value. */
    public static final String USAGE_HEADER = InstagramGate.class.getName() + ".usage";

    @Inject
    AccountControls controls;

    @Inject
    InstagramUsage usage;

    @Inject
    GraphStats stats;

    @Inject
    SandboxPeople people;

    public void admit(String igUserId, ResolvedToken token, HttpServletRequest request, Instant now) {
        stats.servedFor(igUserId);
        AccountControl control = controls.of(igUserId);
        GraphError fault = fault(control, token, now);
        if (fault != null) {
            int regain = control.mode() == FaultMode.THROTTLED ? control.regainMinutes() : 0;
            UsageWindow.Usage current = usage.peek(igUserId, now);
            UsageWindow.Usage shown = regain > 0 ? new UsageWindow.Usage(current.budget(), current.budget(), true, regain)
                    : current;
            request.setAttribute(USAGE_HEADER, InstagramUsage.header(igUserId, shown, regain));
            throw fault.exception();
        }
        UsageWindow.Usage counted = usage.admit(igUserId, now);
        request.setAttribute(USAGE_HEADER, InstagramUsage.header(igUserId, counted, counted.regainMinutes()));
        if (counted.refused()) {
            throw GraphError.instagramThrottled().exception();
        }
    }

    /**
     * At the token endpoint: a user token counts as expired when one of the person's Instagram accounts is in
     * {@code expired_token} mode since after the token was issued (190/463, as for any expired token).
     */
    public void refuseExpired(ResolvedToken token, Instant now) {
        for (var page : people.pagesOf(token.userId())) {
            if (page.igUserId() != null) {
                AccountControl control = controls.of(page.igUserId());
                if (control.expires(token.issuedAt())) {
                    throw GraphError.tokenExpired(control.since(), now).exception();
                }
            }
        }
    }

    /** The error a fault mode answers instead of the data, or null in normal mode. */
    static GraphError fault(AccountControl control, ResolvedToken token, Instant now) {
        return switch (control.mode()) {
            case THROTTLED -> GraphError.instagramThrottled();
            case TRANSIENT -> GraphError.temporarilyUnavailable();
            case EXPIRED_TOKEN -> control.expires(token.issuedAt()) ? GraphError.tokenExpired(control.since(), now) : null;
            case NORMAL -> null;
        };
    }
}
