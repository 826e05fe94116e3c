package io.igstudio.sandbox.oauth;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.graph.AppSecretProof;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.store.SandboxDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Issues, finds and revokes sandbox access tokens, and validates the ones clients send. Only a SHA-256
 * hash of each token is stored; a Page token is derived from the user token and the Page (an HMAC with
 * the app secret), so asking {@code /me/accounts} twice gives the same Page token, as Meta does.
 */
@ApplicationScoped
public class AccessTokens {

    private static final String COLUMNS = "app_id, user_id, kind, page_id, long_lived, issued_at, expires_at,"
            + " data_access_expires_at, revoked_at";

    @Inject
    SandboxDatabase db;

    @Inject
    MetaPlatform meta;

    /** The app token {@code app_id|app_secret} of the sandbox app. */
    public String appToken() {
        return MetaPlatform.SANDBOX_APP_ID + "|" + meta.sandboxAppSecret();
    }

    /** A token for a fresh consent (the dialog's code): data access runs 90 days from now. */
    public ResolvedToken issueUserToken(String appId, String userId, boolean longLived, Instant now) {
        return issueUserToken(appId, userId, longLived, now, now.plus(TokenRules.DATA_ACCESS));
    }

    /**
     * A token whose data access ends at {@code dataAccessUntil}: exchanging a token for a long-lived one does not
     * renew data access, only the person's consent does (https://developers.facebook.com/docs/facebook-login/auth-vs-data).
     */
    public ResolvedToken issueUserToken(String appId, String userId, boolean longLived, Instant now,
            Instant dataAccessUntil) {
        String token = TokenRules.newUserToken();
        Instant expires = now.plus(longLived ? TokenRules.LONG_LIVED : TokenRules.SHORT_LIVED);
        insert(token, appId, userId, ResolvedToken.Kind.USER, null, longLived, now, expires, dataAccessUntil);
        return new ResolvedToken(ResolvedToken.Kind.USER, token, appId, userId, null, longLived, now, expires,
                dataAccessUntil);
    }

    /** The Page token for a user token; it never expires when the user token is long-lived. */
    public String pageToken(ResolvedToken user, String pageId, Instant now) {
        String token = "EAAP" + AppSecretProof.of("page:" + pageId + ":" + user.raw(), meta.sandboxAppSecret());
        if (find(TokenRules.hash(token)).isEmpty()) {
            try {
                insert(token, user.appId(), user.userId(), ResolvedToken.Kind.PAGE, pageId, user.longLived(), now,
                        user.longLived() ? null : user.expiresAt(), user.dataAccessExpiresAt());
            } catch (IllegalStateException raced) {
                // another request stored the same Page token first
            }
        }
        return token;
    }

    /** {@code DELETE /me/permissions}: every token of that person for the app stops working (190/458). */
    public void revokeAll(String userId, String appId, Instant now) {
        db.update("UPDATE sandbox_token SET revoked_at = ? WHERE user_id = ? AND app_id = ? AND revoked_at IS NULL",
                now, userId, appId);
    }

    /** Validates a token as Graph does, or throws the matching error (code 190 and its subcodes). */
    public ResolvedToken resolve(String raw, Instant now) {
        if (raw.contains("|")) {
            return appToken(raw);
        }
        if (!TokenRules.isWellFormedToken(raw)) {
            throw GraphError.cannotParseToken().exception();
        }
        Stored stored = find(TokenRules.hash(raw)).orElseThrow(() -> GraphError.cannotDecryptToken().exception());
        switch (TokenRules.status(stored.expiresAt(), stored.revokedAt(), now)) {
            case REVOKED -> throw GraphError.appNotAuthorized(stored.userId(), stored.appId()).exception();
            case EXPIRED -> throw GraphError.tokenExpired(stored.expiresAt(), now).exception();
            default -> {
                return stored.resolved(raw);
            }
        }
    }

    /** Like {@link #resolve} but gives the stored facts even of an expired or revoked token, for debug_token. */
    public Optional<Stored> inspect(String raw) {
        if (!TokenRules.isWellFormedToken(raw)) {
            return Optional.empty();
        }
        return find(TokenRules.hash(raw));
    }

    private ResolvedToken appToken(String raw) {
        int bar = raw.indexOf('|');
        String appId = raw.substring(0, bar);
        if (!SandboxApp.isKnownApp(appId)) {
            throw GraphError.cannotParseToken().exception();
        }
        if (!java.security.MessageDigest.isEqual(appToken().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                raw.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw GraphError.invalidAppTokenSignature().exception();
        }
        return new ResolvedToken(ResolvedToken.Kind.APP, raw, appId, null, null, true, null, null, null);
    }

    private void insert(String token, String appId, String userId, ResolvedToken.Kind kind, String pageId,
            boolean longLived, Instant now, Instant expires, Instant dataAccessUntil) {
        db.update("INSERT INTO sandbox_token (token_hash, app_id, user_id, kind, page_id, long_lived, issued_at,"
                + " expires_at, data_access_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", TokenRules.hash(token), appId,
                userId, kind.name(), pageId, longLived, now, expires,
                dataAccessUntil == null ? now.plus(TokenRules.DATA_ACCESS) : dataAccessUntil);
    }

    private Optional<Stored> find(String hash) {
        return db.one("SELECT " + COLUMNS + " FROM sandbox_token WHERE token_hash = ?", row -> new Stored(
                row.getString("app_id"), row.getString("user_id"), ResolvedToken.Kind.valueOf(row.getString("kind")),
                row.getString("page_id"), row.getBoolean("long_lived"), SandboxDatabase.instant(row, "issued_at"),
                SandboxDatabase.instant(row, "expires_at"), SandboxDatabase.instant(row, "data_access_expires_at"),
                SandboxDatabase.instant(row, "revoked_at")), hash);
    }

    /** A stored token's facts, whatever its state. */
    public record Stored(String appId, String userId, ResolvedToken.Kind kind, String pageId, boolean longLived,
            Instant issuedAt, Instant expiresAt, Instant dataAccessExpiresAt, Instant revokedAt) {

        public ResolvedToken resolved(String raw) {
            return new ResolvedToken(kind, raw, appId, userId, pageId, longLived, issuedAt, expiresAt, dataAccessExpiresAt);
        }
    }
}
