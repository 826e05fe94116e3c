package io.igstudio.admin;

/** An admin action that the rules refuse (the last administrator, oneself); its message is shown as is. */
@jakarta.ejb.ApplicationException(rollback = true)
public class AdminRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AdminRefusal(String message) {
        super(message);
    }
}
