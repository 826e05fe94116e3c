package io.igstudio.accounts;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Carries the outcome of the last connect round trip from Meta's callback to the Accounts page, once. */
@Named("connectReport")
@SessionScoped
public class ConnectReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private ConnectOutcome outcome;

    void record(ConnectOutcome outcome) {
        this.outcome = outcome;
    }

    /** The outcome, removed as it is read so that a reload does not show it again. */
    public ConnectOutcome take() {
        ConnectOutcome taken = outcome;
        outcome = null;
        return taken;
    }
}
