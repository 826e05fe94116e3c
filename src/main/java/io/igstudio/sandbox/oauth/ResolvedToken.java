package io.igstudio.sandbox.oauth;

import java.time.Instant;

/**
 * A token that passed validation.
 *
 * @param kind APP ({@code app_id|app_secret}), USER or PAGE
 * @param userId the person behind a USER or PAGE token; null for APP
 * @param pageId the Page of a PAGE token
 * @param expiresAt null when it never expires
 */
public record ResolvedToken(Kind kind, String raw, String appId, String userId, String pageId, boolean longLived,
        Instant issuedAt, Instant expiresAt, Instant dataAccessExpiresAt) {

    public enum Kind { APP, USER, PAGE }

    public boolean isUser() {
        return kind == Kind.USER;
    }
}
