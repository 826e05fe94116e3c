package io.igstudio.scheduling;

import io.igstudio.publishing.PostState;

/**
 * A post as the queue and the calendar show it. {@code when} is written in the person's zone; {@code local}
 * is the same time for a {@code datetime-local} field; {@code colour} picks the account's colour class.
 */
public record QueueRow(String id, String accountId, String username, int colour, String type, String caption,
                       String thumbUrl, boolean video, PostState state, String when, String local, String time,
                       String note) {

    public boolean editable() {
        return state == PostState.SCHEDULED || state == PostState.MISSED;
    }

    public boolean retryable() {
        return state == PostState.FAILED || state == PostState.MISSED;
    }

    public String stateLabel() {
        return state.label();
    }

    public String colourClass() {
        return "account-colour-" + colour;
    }
}
