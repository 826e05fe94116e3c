package io.igstudio.sandbox.publishing;

/** Carries a {@link PublishingError} out of a sandbox endpoint; {@link PublishingErrorMapper} writes Meta's body. */
public class PublishingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient PublishingError error;

    public PublishingException(PublishingError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public PublishingError error() {
        return error;
    }
}
