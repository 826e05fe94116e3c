package io.igstudio.sandbox.control;

import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.oauth.ResolvedToken;
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

    /** At the token endpoint: the same refusal as on every Graph node ({@link #tokenFault}). */
    public void refuseExpired(ResolvedToken token, Instant now) {
        tokenFault(token, now).ifPresent(error -> {
            throw error.exception();
        });
    }

    /**
     * The error for a user or Page token that one of the person's Instagram accounts invalidated on the
     * control page (expired 190/463, password changed 190/460, app removed 190/458) after the token was
     * issued. Meta refuses such a token everywhere, not only for that account
     * (https://developers.facebook.com/docs/facebook-login/guides/access-tokens/debugging, "Handling an
     * invalid or expired access token").
     */
    public java.util.Optional<GraphError> tokenFault(ResolvedToken token, Instant now) {
        if (token.userId() == null) {
            return java.util.Optional.empty();
        }
        for (AccountControl control : controls.ofPagesOwnedBy(token.userId())) {
            if (control.expires(token.issuedAt())) {
                return java.util.Optional.of(tokenError(control, token, now));
            }
        }
        return java.util.Optional.empty();
    }

    private static GraphError tokenError(AccountControl control, ResolvedToken token, Instant now) {
        return switch (control.mode()) {
            case PASSWORD_CHANGED -> GraphError.passwordChanged(token.userId());
            case APP_REMOVED -> GraphError.appNotAuthorized(token.userId(), token.appId());
            default -> GraphError.tokenExpired(control.since(), now);
        };
    }

    /** Whether the account's media edge pages like Meta at its worst ({@link FaultMode#RAGGED_PAGING}). */
    public boolean raggedPaging(String igUserId) {
        return controls.of(igUserId).mode() == FaultMode.RAGGED_PAGING;
    }

    /** The error a fault mode answers instead of the data, or null in normal mode. */
    static GraphError fault(AccountControl control, ResolvedToken token, Instant now) {
        return switch (control.mode()) {
            case THROTTLED -> GraphError.instagramThrottled();
            case TRANSIENT -> GraphError.temporarilyUnavailable();
            case APP_THROTTLED -> GraphError.applicationThrottled();
            case USER_THROTTLED -> GraphError.userThrottled();
            case PAGE_THROTTLED -> GraphError.pageThrottled();
            case API_THROTTLED -> GraphError.apiThrottled();
            case EXPIRED_TOKEN, PASSWORD_CHANGED, APP_REMOVED -> control.expires(token.issuedAt())
                    ? tokenError(control, token, now) : null;
            case NORMAL, RAGGED_PAGING -> null;
        };
    }
}
