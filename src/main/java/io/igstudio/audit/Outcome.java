package io.igstudio.audit;

/** How an audited request ended, from its HTTP status. */
public enum Outcome {
    OK, REFUSED, ERROR;

    static Outcome of(int status) {
        return status >= 500 ? ERROR : status >= 400 ? REFUSED : OK;
    }
}
