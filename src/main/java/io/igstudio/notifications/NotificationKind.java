package io.igstudio.notifications;

/** What happened. Stored by name: add kinds at will, never rename one. */
public enum NotificationKind {
    POST_PUBLISHED("Published"),
    POST_FAILED("Not published"),
    POST_MISSED("Missed"),
    QUOTA_REACHED("Publishing limit reached"),
    ACCOUNT_NEEDS_RECONNECT("Reconnect needed"),
    PERMISSION_MISSING("Permission missing"),
    DATA_ACCESS_EXPIRING("Data access ends soon");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Bad news shows in a warning colour. */
    public boolean bad() {
        return this != POST_PUBLISHED;
    }
}
