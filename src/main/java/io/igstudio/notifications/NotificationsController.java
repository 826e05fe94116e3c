package io.igstudio.notifications;

import io.igstudio.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The bell's page: the newest notifications; opening one marks it read and goes to the thing it is about. */
@Controller
@RequestScoped
@Path("notifications")
public class NotificationsController {

    @Inject
    CurrentUser currentUser;

    @Inject
    Notifications notifications;

    @Inject
    Models models;

    @GET
    public String list() {
        models.put("notifications", notifications.list(currentUser.require().id()));
        return "notifications/list.html";
    }

    @POST
    @Path("{id}/open")
    public String open(@PathParam("id") String id) {
        NotificationView n = notifications.markRead(currentUser.require().id(), id)
                .orElseThrow(NotFoundException::new);
        return n.link() == null ? "redirect:notifications" : "redirect:" + n.link().substring(1);
    }

    @POST
    @Path("read")
    public String readAll() {
        notifications.markAllRead(currentUser.require().id());
        return "redirect:notifications";
    }
}
