package io.igstudio.admin;

import io.igstudio.shared.web.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** Every Instagram account on the admin console: force a token refresh, disconnect. */
@Controller
@RequestScoped
@Path("admin/accounts")
public class AccountsAdminController {

    @Inject
    AccountsAdmin accounts;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @GET
    public String list(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page) {
        models.put("q", q == null ? "" : q);
        models.put("result", accounts.list(q, Math.max(0, page)));
        return "admin/accounts.html";
    }

    @POST
    @Path("{id}/token")
    public String refresh(@PathParam("id") String id) {
        try {
            flash.success(accounts.refreshToken(id));
        } catch (AdminRefusal e) {
            flash.error(e.getMessage());
        }
        return "redirect:admin/accounts";
    }

    @POST
    @Path("{id}/disconnect")
    public String disconnect(@PathParam("id") String id) {
        flash.success(accounts.disconnect(id));
        return "redirect:admin/accounts";
    }
}
