package io.igstudio.admin;

import java.time.Instant;

/** One person as the People page lists them. */
public record PersonRow(String id, String name, String email, String facebookId, Instant firstSignIn,
                        Instant lastSignIn, long accounts, long posts, boolean suspended, String adminSource) {

    public boolean admin() {
        return !"NONE".equals(adminSource);
    }

    /** Only a role granted in the console can be revoked there; configured ones live in configuration. */
    public boolean revocable() {
        return "GRANTED".equals(adminSource);
    }

    public String state() {
        return suspended ? "Suspended" : "Active";
    }
}
