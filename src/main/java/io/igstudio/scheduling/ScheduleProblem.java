package io.igstudio.scheduling;

import jakarta.ejb.ApplicationException;

/** Something the person asked cannot be done (the post started, the time passed); said in plain words. */
@ApplicationException(rollback = true)
public class ScheduleProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScheduleProblem(String message) {
        super(message);
    }
}
