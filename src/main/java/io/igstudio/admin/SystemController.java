package io.igstudio.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The admin console's first page: the system's state, with links to /health and /metrics. */
@Controller
@RequestScoped
@Path("admin")
public class SystemController {

    @Inject
    SystemStatus system;

    @Inject
    Models models;

    @GET
    public String show() {
        models.put("system", system.read());
        return "admin/system.html";
    }
}
