package io.igstudio.research;

import io.igstudio.graph.GraphException;

/** Meta's refusals in words a person can act on, with Meta's own message where it says why. */
final class Reasons {

    private Reasons() {
    }

    static String of(GraphException e) {
        if (e instanceof GraphException.InvalidToken) {
            return "Meta no longer accepts IG Studio's access to this account. Reconnect it on the Accounts page.";
        }
        if (e instanceof GraphException.MissingPermission missing) {
            return "IG Studio lacks a permission for this" + missing.permission().map(p -> " (" + p + ")").orElse("")
                    + ". Reconnect the account and allow it.";
        }
        if (e instanceof GraphException.RateLimited limited) {
            return "Meta asks IG Studio to slow down for this account. Try again in about "
                    + Math.max(1, limited.retryAfterSeconds() / 60) + " min.";
        }
        if (e instanceof GraphException.Transient) {
            return "Meta could not be reached just now. Try again shortly.";
        }
        return "Meta refused: " + e.getMessage() + " (code " + e.code()
                + (e.subcode() == null ? "" : ", subcode " + e.subcode()) + ").";
    }
}
