package io.igstudio.notifications;

import io.igstudio.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bell in the layout: the signed-in person's unread count, read once per page. */
@Named("bell")
@RequestScoped
public class NotificationBell {

    @Inject
    CurrentUser currentUser;

    @Inject
    Notifications notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.get().map(u -> notifications.unread(u.id())).orElse(0L);
        }
        return unread;
    }
}
