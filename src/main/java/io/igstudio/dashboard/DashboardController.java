package io.igstudio.dashboard;

import jakarta.enterprise.context.RequestScoped;
import io.igstudio.accounts.InstagramAccounts;
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

    @Inject
    InstagramAccounts accounts;

    @GET
    public String show() {
        var user = currentUser.require();
        models.put("user", user);
        models.put("accounts", accounts.list(user.id()));
        return "dashboard/show.html";
    }
}
