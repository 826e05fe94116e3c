package io.igstudio.sandbox.dialog;

/** A dialog request Meta would answer with its own error page instead of a redirect. */
public class DialogProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String title;

    public DialogProblem(String title, String detail) {
        super(detail, null, false, false);
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }
}
