package io.igstudio.users;

/** A suspended person tried to sign in; the sign-in problem page explains it. */
@jakarta.ejb.ApplicationException(rollback = true)
public class SuspendedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SuspendedException() {
        super("This IG Studio account is suspended");
    }
}
