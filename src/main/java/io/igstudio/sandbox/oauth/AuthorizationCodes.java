package io.igstudio.sandbox.oauth;

import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.store.SandboxDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The codes the dialog hands to the redirect URI: single-use, valid for ten minutes, bound to the app and
 * the redirect URI of the dialog request (https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow,
 * "Exchanging Code for an Access Token"). Only their hash is stored.
 */
@ApplicationScoped
public class AuthorizationCodes {

    /** Who the code was for. */
    public record Redeemed(String userId, String appId) {
    }

    @Inject
    SandboxDatabase db;

    public String issue(String appId, String userId, String redirectUri, Instant now) {
        String code = TokenRules.newCode();
        db.update("INSERT INTO sandbox_code (code_hash, app_id, user_id, redirect_uri, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", TokenRules.hash(code), appId, userId, redirectUri, now,
                now.plus(TokenRules.CODE_LIFETIME));
        return code;
    }

    /** Spends the code, or throws the error Meta gives for it (codes 100, subcodes 36007/36008/36009). */
    public Redeemed redeem(String code, String appId, String redirectUri, Instant now) {
        if (!TokenRules.isWellFormedCode(code)) {
            throw GraphError.malformedCode().exception();
        }
        String hash = TokenRules.hash(code);
        record Row(String appId, String userId, String redirectUri, Instant expiresAt, Instant usedAt) {
        }
        Row row = db.one("SELECT app_id, user_id, redirect_uri, expires_at, used_at FROM sandbox_code WHERE code_hash = ?",
                r -> new Row(r.getString("app_id"), r.getString("user_id"), r.getString("redirect_uri"),
                        SandboxDatabase.instant(r, "expires_at"), SandboxDatabase.instant(r, "used_at")), hash)
                .orElseThrow(() -> GraphError.malformedCode().exception());
        if (!row.appId().equals(appId)) {
            throw GraphError.malformedCode().exception();
        }
        if (row.usedAt() != null) {
            throw GraphError.codeUsed().exception();
        }
        if (!row.expiresAt().isAfter(now)) {
            throw GraphError.codeExpired().exception();
        }
        if (!row.redirectUri().equals(redirectUri)) {
            throw GraphError.redirectMismatch().exception();
        }
        // the WHERE clause makes a concurrent second exchange lose, as Meta's single-use rule requires
        if (db.update("UPDATE sandbox_code SET used_at = ? WHERE code_hash = ? AND used_at IS NULL", now, hash) != 1) {
            throw GraphError.codeUsed().exception();
        }
        return new Redeemed(row.userId(), row.appId());
    }
}
