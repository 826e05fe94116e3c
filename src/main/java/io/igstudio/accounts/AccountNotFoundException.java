package io.igstudio.accounts;

import jakarta.ejb.ApplicationException;

/** The account does not exist or belongs to someone else; both look the same from outside (404). */
@ApplicationException(rollback = true)
public class AccountNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccountNotFoundException() {
        super("No such Instagram account");
    }
}
