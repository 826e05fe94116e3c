package io.igstudio.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One connected Instagram account as pages and the JSON API show it; no token in here. */
public record AccountView(String id, String igUserId, String username, String name, String accountType,
                          String profilePictureUrl, long followersCount, long mediaCount, String pageId,
                          String pageName, String facebookName, List<String> permissions,
                          List<String> declinedPermissions, Instant tokenExpiresAt, Status status) {

    /** How healthy the account's access is. */
    public enum Status {
        ACTIVE("Active"), EXPIRING("Expires soon"), NEEDS_RECONNECT("Needs reconnect");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Status of(boolean needsReconnect, Instant expiresAt, Instant now) {
            if (needsReconnect || (expiresAt != null && !expiresAt.isAfter(now))) {
                return NEEDS_RECONNECT;
            }
            if (expiresAt != null && expiresAt.isBefore(now.plus(Duration.ofDays(7)))) {
                return EXPIRING;
            }
            return ACTIVE;
        }
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                    .withZone(java.time.ZoneOffset.UTC);

    public String expiryLabel() {
        return tokenExpiresAt == null ? "never" : DAY.format(tokenExpiresAt);
    }

    static AccountView of(InstagramAccount a, Instant now) {
        FacebookConnection c = a.getConnection();
        return new AccountView(a.getId(), a.getIgUserId(), a.getUsername(), a.getName(), a.getAccountType(),
                a.getProfilePictureUrl(), a.getFollowersCount(), a.getMediaCount(), a.getPageId(), a.getPageName(),
                c.getFacebookName(), c.getGrantedScopes(), c.getDeclinedScopes(), c.getTokenExpiresAt(),
                Status.of(c.isNeedsReconnect(), c.getTokenExpiresAt(), now));
    }
}
