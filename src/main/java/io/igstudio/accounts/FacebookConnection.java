package io.igstudio.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A Facebook login through which someone connected Instagram accounts. Holds the long-lived user token,
 * sealed by the TokenVault; one connection serves all the Instagram accounts found through its Pages.
 */
@Entity
@Table(name = "facebook_connection")
public class FacebookConnection {

    static final java.time.Duration DATA_ACCESS = java.time.Duration.ofDays(90);

    @Id
    private String id;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "facebook_user_id", nullable = false)
    private String facebookUserId;

    @Column(name = "facebook_name", nullable = false)
    private String facebookName;

    /** Encrypted; see TokenVault. */
    @Column(name = "access_token", nullable = false)
    private String sealedToken;

    @Column(name = "token_expires_at")
    private Instant tokenExpiresAt;

    @Column(name = "granted_scopes", nullable = false)
    private String grantedScopes;

    @Column(name = "declined_scopes", nullable = false)
    private String declinedScopes;

    /** Names of the connection's Pages that have no Instagram professional account, newline separated. */
    @Column(name = "unlinked_pages", nullable = false)
    private String unlinkedPages;

    @Column(name = "needs_reconnect", nullable = false)
    private boolean needsReconnect;

    @Column(name = "connected_at", nullable = false)
    private Instant connectedAt;

    @Column(name = "refreshed_at", nullable = false)
    private Instant refreshedAt;

    @Column(name = "data_access_expires_at")
    private Instant dataAccessExpiresAt;

    /** Permissions this connection had and Meta no longer reports, comma separated. */
    @Column(name = "lost_scopes")
    private String lostScopes;

    @Column(name = "health_checked_at")
    private Instant healthCheckedAt;

    /** The last data access warning sent: 14 or 3 (days before), or null. */
    @Column(name = "data_access_warned_days")
    private Integer dataAccessWarnedDays;

    /** Why the connection needs a reconnect, in words, when Meta told us (app removed, token invalid). */
    @Column(name = "revoked_reason")
    private String revokedReason;

    protected FacebookConnection() {
    }

    FacebookConnection(String userId, String facebookUserId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.facebookUserId = facebookUserId;
        this.connectedAt = now;
        this.unlinkedPages = "";
    }

    void authorized(String facebookName, String sealedToken, Instant expiresAt, List<String> granted,
                    List<String> declined, Instant now) {
        this.facebookName = facebookName;
        this.grantedScopes = String.join(",", granted);
        this.declinedScopes = String.join(",", declined);
        // a consent renews data access for 90 days (https://developers.facebook.com/docs/facebook-login/auth-vs-data);
        // the daily check reads Meta's own date with debug_token
        this.dataAccessExpiresAt = now.plus(DATA_ACCESS);
        this.dataAccessWarnedDays = null;
        this.lostScopes = null;
        this.revokedReason = null;
        tokenRefreshed(sealedToken, expiresAt, now);
    }

    /**
     * What the daily check learnt from Meta's debug_token. An invalid token needs a reconnect; a permission that
     * Meta no longer reports is remembered as lost (and Meta's current grant kept) until a reconnect restores it.
     *
     * @return whether this check found the connection newly unhealthy (for a notification, once)
     */
    boolean checked(io.igstudio.graph.TokenFacts facts, Instant now) {
        boolean wasHealthy = !needsReconnect && getLostScopes().isEmpty();
        healthCheckedAt = now;
        if (!facts.valid()) {
            needsReconnect = true;
            revokedReason = facts.errorSubcode() == 458 ? "IG Studio was removed from your Facebook account"
                    : facts.errorSubcode() == 460 ? "your Facebook password changed"
                    : facts.errorSubcode() == 463 ? "the token expired" : "Meta no longer accepts the token";
            return wasHealthy;
        }
        java.util.LinkedHashSet<String> lost = new java.util.LinkedHashSet<>(getLostScopes());
        getGrantedScopes().stream().filter(scope -> !facts.scopes().contains(scope)).forEach(lost::add);
        lost.removeIf(facts.scopes()::contains);
        this.lostScopes = lost.isEmpty() ? null : String.join(",", lost);
        this.grantedScopes = String.join(",", facts.scopes());
        if (facts.dataAccessExpiresAt() != null) {
            if (dataAccessExpiresAt == null || facts.dataAccessExpiresAt().isAfter(dataAccessExpiresAt)) {
                dataAccessWarnedDays = null;
            }
            dataAccessExpiresAt = facts.dataAccessExpiresAt();
        }
        if (facts.expiresAt() != null) {
            tokenExpiresAt = facts.expiresAt();
        }
        return wasHealthy && !lost.isEmpty();
    }

    /**
     * The data access warning due now (14 or 3 days before Meta stops data access), each sent once; empty when none.
     */
    java.util.OptionalInt dataAccessWarningDue(Instant now) {
        if (dataAccessExpiresAt == null || needsReconnect) {
            return java.util.OptionalInt.empty();
        }
        for (int days : new int[] {3, 14}) {
            if (!now.plus(java.time.Duration.ofDays(days)).isBefore(dataAccessExpiresAt)
                    && (dataAccessWarnedDays == null || dataAccessWarnedDays > days)) {
                dataAccessWarnedDays = days;
                return java.util.OptionalInt.of(days);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** Meta told us the person removed the app: the token is worthless, so it is not kept. */
    void deauthorized(String reason) {
        this.needsReconnect = true;
        this.revokedReason = reason;
        this.sealedToken = "";
    }

    void tokenRefreshed(String sealedToken, Instant expiresAt, Instant now) {
        this.sealedToken = sealedToken;
        this.tokenExpiresAt = expiresAt;
        this.refreshedAt = now;
        this.needsReconnect = false;
    }

    void pagesWithoutInstagram(List<String> pageNames) {
        this.unlinkedPages = String.join("\n", pageNames);
    }

    /** Meta's current grant ({@code /me/permissions}), read on a connect attempt that stored nothing else. */
    void granted(List<String> granted, List<String> declined) {
        this.grantedScopes = String.join(",", granted);
        this.declinedScopes = String.join(",", declined);
    }

    void markNeedsReconnect() {
        this.needsReconnect = true;
    }

    public String getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getFacebookUserId() {
        return facebookUserId;
    }

    public String getFacebookName() {
        return facebookName;
    }

    String getSealedToken() {
        return sealedToken;
    }

    public Instant getTokenExpiresAt() {
        return tokenExpiresAt;
    }

    public List<String> getGrantedScopes() {
        return split(grantedScopes, ",");
    }

    public List<String> getDeclinedScopes() {
        return split(declinedScopes, ",");
    }

    public List<String> getPagesWithoutInstagram() {
        return split(unlinkedPages, "\n");
    }

    public boolean isNeedsReconnect() {
        return needsReconnect;
    }

    public Instant getDataAccessExpiresAt() {
        return dataAccessExpiresAt;
    }

    public List<String> getLostScopes() {
        return split(lostScopes, ",");
    }

    public Instant getHealthCheckedAt() {
        return healthCheckedAt;
    }

    public String getRevokedReason() {
        return revokedReason;
    }

    public Instant getRefreshedAt() {
        return refreshedAt;
    }

    private static List<String> split(String value, String separator) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(separator)).filter(s -> !s.isBlank()).toList();
    }
}
