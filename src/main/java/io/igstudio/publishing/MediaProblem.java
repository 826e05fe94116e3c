package io.igstudio.publishing;

/**
 * A file cannot go to Instagram as it is; the message names the problem in plain words for the page, next
 * to the file. {@link #cropOffered()} says the image only has the wrong shape, so cropping or padding fixes it.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class MediaProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final boolean cropOffered;

    public MediaProblem(String message) {
        this(message, false);
    }

    public MediaProblem(String message, boolean cropOffered) {
        super(message);
        this.cropOffered = cropOffered;
    }

    public boolean cropOffered() {
        return cropOffered;
    }
}
