package io.igstudio.scheduling;

import io.igstudio.publishing.PostState;
import java.util.EnumSet;
import java.util.Set;

/** The queue's tabs. */
public enum QueueFilter {
    UPCOMING("Upcoming", EnumSet.of(PostState.SCHEDULED)),
    PROGRESS("In progress", EnumSet.of(PostState.QUEUED, PostState.CONTAINERS, PostState.PROCESSING,
            PostState.READY, PostState.PUBLISHING)),
    PUBLISHED("Published", EnumSet.of(PostState.PUBLISHED, PostState.DELETED)),
    FAILED("Failed", EnumSet.of(PostState.FAILED)),
    MISSED("Missed", EnumSet.of(PostState.MISSED));

    private final String label;
    private final Set<PostState> states;

    QueueFilter(String label, Set<PostState> states) {
        this.label = label;
        this.states = states;
    }

    public String label() {
        return label;
    }

    public String param() {
        return name().toLowerCase();
    }

    Set<PostState> states() {
        return states;
    }

    static QueueFilter of(String param) {
        for (QueueFilter f : values()) {
            if (f.param().equals(param)) {
                return f;
            }
        }
        return UPCOMING;
    }
}
