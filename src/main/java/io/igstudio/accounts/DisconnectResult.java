package io.igstudio.accounts;

/**
 * @param revoked whether the app's permissions were revoked at Meta (only for the last account of a login)
 * @param revokeProblem why revoking failed, else {@code null}
 */
public record DisconnectResult(String username, boolean revoked, String revokeProblem) {
}
