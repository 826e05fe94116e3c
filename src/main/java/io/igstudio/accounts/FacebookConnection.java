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
        tokenRefreshed(sealedToken, expiresAt, now);
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

    public Instant getRefreshedAt() {
        return refreshedAt;
    }

    private static List<String> split(String value, String separator) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(separator)).filter(s -> !s.isBlank()).toList();
    }
}
