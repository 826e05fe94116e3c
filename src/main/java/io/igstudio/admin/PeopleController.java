package io.igstudio.admin;

import io.igstudio.security.CurrentUser;
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
import java.util.function.Supplier;

/** The People page of the admin console and its actions (post/redirect/get, a flash says what happened). */
@Controller
@RequestScoped
@Path("admin/people")
public class PeopleController {

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @GET
    public String list(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page) {
        models.put("q", q == null ? "" : q);
        models.put("result", people.list(q, Math.max(0, page)));
        models.put("me", currentUser.require().id());
        return "admin/people.html";
    }

    @POST
    @Path("{id}/suspend")
    public String suspend(@PathParam("id") String id) {
        return act(() -> people.suspend(currentUser.require().id(), id));
    }

    @POST
    @Path("{id}/lift")
    public String lift(@PathParam("id") String id) {
        return act(() -> people.lift(id));
    }

    @POST
    @Path("{id}/grant")
    public String grant(@PathParam("id") String id) {
        return act(() -> people.grant(id));
    }

    @POST
    @Path("{id}/revoke")
    public String revoke(@PathParam("id") String id) {
        return act(() -> people.revoke(currentUser.require().id(), id));
    }

    private String act(Supplier<String> action) {
        try {
            flash.success(action.get());
        } catch (AdminRefusal e) {
            flash.error(e.getMessage());
        }
        return "redirect:admin/people";
    }
}
