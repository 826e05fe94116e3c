package io.igstudio.accounts;

import io.igstudio.graph.GraphException;
import jakarta.ejb.ApplicationException;

/**
 * Meta refused an account action. An application exception, so that what the entry bean recorded
 * before (for example "needs reconnect") is committed, and callers see it unwrapped.
 */
@ApplicationException(rollback = false)
public class MetaRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient GraphException cause;

    public MetaRefusedException(GraphException cause) {
        super(cause.getMessage());
        this.cause = cause;
    }

    public GraphException graphError() {
        return cause;
    }

    public boolean reconnectNeeded() {
        return cause instanceof GraphException.InvalidToken;
    }
}
