package io.igstudio.security;

import java.util.Arrays;
import java.util.Optional;

/** Why a sign-in did not complete, in words a person understands. */
public enum SignInProblem {
    CANCELLED("You cancelled the Facebook dialog",
            "Nothing was shared with IG Studio. You can try again whenever you like."),
    DENIED("Facebook did not grant the permissions IG Studio asked for",
            "IG Studio needs at least your public profile to sign you in. Try again and allow it."),
    CODE("The sign-in link was already used or has expired",
            "This happens when a page is reloaded or the dialog was left open too long. Please sign in again."),
    STATE("The sign-in could not be verified",
            "The answer from Facebook did not belong to this browser session (perhaps it expired, or the link"
                    + " was opened in another browser). Please sign in again."),
    SUSPENDED("Your IG Studio account is suspended",
            "An administrator of this IG Studio suspended your account. Ask them to lift the suspension."),
    UNAVAILABLE("Facebook could not be reached",
            "IG Studio could not complete the sign-in with Meta. Please try again in a moment.");

    private final String title;
    private final String explanation;

    SignInProblem(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<SignInProblem> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }
}
