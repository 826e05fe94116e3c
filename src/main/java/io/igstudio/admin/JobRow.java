package io.igstudio.admin;

import java.time.Instant;

/** One post on its way (or done) as the Jobs page lists it. */
public record JobRow(String id, String ownerName, String username, String type, String state, String stateLabel,
                     int attempts, Instant nextTry, String waitingReason, String failure, Instant updatedAt,
                     boolean held) {

    public boolean failed() {
        return "FAILED".equals(state);
    }

    public boolean finished() {
        return "FAILED".equals(state) || "PUBLISHED".equals(state) || "DELETED".equals(state);
    }
}
