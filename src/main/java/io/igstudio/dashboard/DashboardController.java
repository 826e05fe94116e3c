package io.igstudio.dashboard;

import jakarta.enterprise.context.RequestScoped;
import io.igstudio.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The signed-in home: what is connected, what is scheduled, what needs attention. */
@Controller
@RequestScoped
@Path("dashboard")
public class DashboardController {

    @Inject
    CurrentUser currentUser;

    @Inject
    Models models;

    @GET
    public String show() {
        models.put("user", currentUser.require());
        return "dashboard/show.html";
    }
}
