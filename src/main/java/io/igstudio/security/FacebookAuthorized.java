package io.igstudio.security;

import java.util.List;

/**
 * Fired (synchronously, during Meta's callback) when a person came back from the Facebook dialog after
 * asking to connect Instagram. The accounts feature observes it; security does not know about accounts.
 *
 * @param userId our user, who now owns whatever gets connected
 * @param facebookUserId the Facebook login that was used (it may differ from the one used to sign in)
 * @param userToken the short-lived user token; only in memory, hidden from {@link #toString()}
 * @param requestedScopes the permissions asked for in this round trip
 */
public record FacebookAuthorized(String userId, String facebookUserId, String facebookName, String userToken,
                                 List<String> requestedScopes) {
    @Override
    public String toString() {
        return "FacebookAuthorized[userId=" + userId + ", facebookUserId=" + facebookUserId + ", token=hidden]";
    }
}
