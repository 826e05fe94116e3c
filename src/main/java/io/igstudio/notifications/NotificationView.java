package io.igstudio.notifications;

import java.time.Instant;

/** A notification as pages show it. */
public record NotificationView(String id, NotificationKind kind, String message, String link, Instant createdAt,
                               boolean unread) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getMessage(), n.getLink(), n.getCreatedAt(),
                n.getReadAt() == null);
    }
}
