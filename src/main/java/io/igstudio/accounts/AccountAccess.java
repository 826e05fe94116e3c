package io.igstudio.accounts;

/**
 * What another feature needs to call the Graph API for one of the person's accounts. The token is
 * decrypted for the call and must not be stored, shown or logged; {@link #toString()} hides it.
 */
public record AccountAccess(String accountId, String igUserId, String username, String userToken) {
    @Override
    public String toString() {
        return "AccountAccess[" + accountId + ", @" + username + ", token=hidden]";
    }
}
