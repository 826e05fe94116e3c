package io.igstudio.graph;

import java.time.Instant;
import java.util.List;

/**
 * What Meta says of a stored user token ({@code GET /debug_token}, called with the app token:
 * https://developers.facebook.com/docs/graph-api/reference/debug_token). An invalid token is not an error of the
 * call: Meta answers 200 with {@code is_valid:false} and the reason in {@code errorCode}/{@code errorSubcode}.
 *
 * @param expiresAt when the token expires, {@code null} when it does not (Meta says 0)
 * @param dataAccessExpiresAt when Meta stops data access unless the person consents again (90 days after the
 *        last consent: https://developers.facebook.com/docs/facebook-login/auth-vs-data), {@code null} if unsaid
 * @param scopes the permissions the token carries now (empty when it is invalid)
 */
public record TokenFacts(boolean valid, Instant expiresAt, Instant dataAccessExpiresAt, List<String> scopes,
                         int errorCode, int errorSubcode) {
}
