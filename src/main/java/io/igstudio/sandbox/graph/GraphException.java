package io.igstudio.sandbox.graph;

/** Carries a {@link GraphError} out of a sandbox endpoint; {@link GraphErrorMapper} turns it into Meta's body. */
public class GraphException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient GraphError error;

    public GraphException(GraphError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public GraphError error() {
        return error;
    }
}
