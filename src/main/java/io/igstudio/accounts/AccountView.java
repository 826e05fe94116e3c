package io.igstudio.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One connected Instagram account as pages and the JSON API show it; no token in here. */
public record AccountView(String id, String igUserId, String username, String name, String accountType,
                          String profilePictureUrl, long followersCount, long mediaCount, String pageId,
                          String pageName, String facebookName, List<String> permissions,
                          List<String> declinedPermissions, Instant tokenExpiresAt, Status status,
                          Instant profileReadAt, Instant dataAccessExpiresAt, List<String> lostPermissions,
                          String needsReconnectReason) {

    /** How healthy the account's access is. */
    public enum Status {
        ACTIVE("Active"), EXPIRING("Expires soon"), PERMISSION_MISSING("Permission missing"),
        NEEDS_RECONNECT("Needs reconnect");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Status of(boolean needsReconnect, boolean permissionMissing, Instant expiresAt, Instant now) {
            return of(needsReconnect, permissionMissing, false, expiresAt, now);
        }

        /**
         * @param permissionMissing a required permission is not granted: nothing works, reconnect
         * @param permissionLost an optional permission the connection had is gone: what needs it fails
         */
        static Status of(boolean needsReconnect, boolean permissionMissing, boolean permissionLost, Instant expiresAt,
                         Instant now) {
            if (needsReconnect || permissionMissing || (expiresAt != null && !expiresAt.isAfter(now))) {
                return NEEDS_RECONNECT;
            }
            if (permissionLost) {
                return PERMISSION_MISSING;
            }
            if (expiresAt != null && expiresAt.isBefore(now.plus(Duration.ofDays(7)))) {
                return EXPIRING;
            }
            return ACTIVE;
        }
    }

    static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                    .withZone(java.time.ZoneOffset.UTC);

    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH)
                    .withZone(java.time.ZoneOffset.UTC);

    /** When IG Studio last read this profile from Meta (at connect), in UTC; pages localise it. */
    public String profileReadLabel() {
        return profileReadAt == null ? "" : MINUTE.format(profileReadAt);
    }

    public String expiryLabel() {
        return tokenExpiresAt == null ? "never" : DAY.format(tokenExpiresAt);
    }

    static AccountView of(InstagramAccount a, Instant now) {
        FacebookConnection c = a.getConnection();
        return new AccountView(a.getId(), a.getIgUserId(), a.getUsername(), a.getName(), a.getAccountType(),
                a.getProfilePictureUrl(), a.getFollowersCount(), a.getMediaCount(), a.getPageId(), a.getPageName(),
                c.getFacebookName(), c.getGrantedScopes(), c.getDeclinedScopes(), c.getTokenExpiresAt(),
                Status.of(c.isNeedsReconnect(), !missing(c.getGrantedScopes()).isEmpty(), !c.getLostScopes().isEmpty(),
                        c.getTokenExpiresAt(), now),
                a.getUpdatedAt(), c.getDataAccessExpiresAt(), c.getLostScopes(), c.getRevokedReason());
    }

    /**
     * Required permissions that Meta's current grant lacks (the person declined them in a later dialog), then the
     * ones the connection had and lost since (the daily check found them gone from debug_token's scopes).
     */
    public List<String> missingPermissions() {
        List<String> all = new java.util.ArrayList<>(missing(permissions));
        lostPermissions.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }

    /** What a Reconnect asks Meta for: the current grant and whatever was lost. */
    public List<String> reconnectScopes() {
        List<String> all = new java.util.ArrayList<>(permissions);
        lostPermissions.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }

    public String dataAccessLabel() {
        return dataAccessExpiresAt == null ? "unknown" : DAY.format(dataAccessExpiresAt);
    }

    private static List<String> missing(List<String> granted) {
        return InstagramPermission.requiredScopes().stream().filter(p -> !granted.contains(p)).toList();
    }
}
