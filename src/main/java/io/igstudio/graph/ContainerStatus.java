package io.igstudio.graph;

/**
 * A container's {@code status_code} ({@code GET /{container-id}?fields=status_code,status}):
 * IN_PROGRESS → FINISHED (publishable) or ERROR; PUBLISHED after {@code media_publish}; EXPIRED when not
 * published within 24 hours. {@code status} is Meta's sentence, kept for the log and the error message.
 */
public record ContainerStatus(String id, Code code, String status) {

    public enum Code { IN_PROGRESS, FINISHED, PUBLISHED, ERROR, EXPIRED, UNKNOWN }

    static Code code(String value) {
        if (value == null) {
            return Code.UNKNOWN;
        }
        try {
            return Code.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return Code.UNKNOWN;
        }
    }
}
