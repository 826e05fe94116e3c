/**
 * Notifications: what IG Studio tells a person happened while they were not looking (a post published,
 * failed or missed, the publishing quota reached, an account to reconnect). Owns the {@code notification}
 * table, the {@link io.igstudio.notifications.Notifications} service other features call, the bell in the
 * layout and the {@code /notifications} page. Later features add their kinds to
 * {@link io.igstudio.notifications.NotificationKind}.
 */
package io.igstudio.notifications;
