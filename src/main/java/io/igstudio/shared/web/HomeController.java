package io.igstudio.shared.web;

import jakarta.enterprise.context.RequestScoped;
import io.igstudio.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The public landing page; signed-in people go straight to their dashboard. */
@Controller
@RequestScoped
@Path("")
public class HomeController {

    @Inject
    CurrentUser currentUser;

    @GET
    public String landing() {
        return currentUser.isSignedIn() ? "redirect:dashboard" : "landing.html";
    }
}
