package io.igstudio.comments;

/** A comment, rule or action that is not the person's (or does not exist): pages answer 404. */
public class CommentNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommentNotFoundException() {
        super("No such comment", null, false, false);
    }
}
