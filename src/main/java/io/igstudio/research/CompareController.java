package io.igstudio.research;

import io.igstudio.security.CurrentUser;
import io.igstudio.shared.web.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** /research/compare: another public account beside one of the person's, and the list of compared accounts. */
@Controller
@RequestScoped
@Path("research/compare")
public class CompareController {

    @Inject
    CurrentUser currentUser;

    @Inject
    Comparisons comparisons;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @GET
    public String page(@QueryParam("account") String account, @QueryParam("username") String username) {
        models.put("page", comparisons.page(currentUser.require().id(), account, username));
        return "research/compare.html";
    }

    @POST
    @Path("list")
    public String add(@FormParam("account") String account, @FormParam("username") String username) {
        String problem = comparisons.add(currentUser.require().id(), account, username);
        if (problem == null) {
            flash.success("@" + Comparisons.normalise(username) + " is on your list; IG Studio keeps its numbers daily.");
        } else {
            flash.error(problem);
        }
        return "redirect:research/compare?account=" + URLEncoder.encode(account == null ? "" : account, StandardCharsets.UTF_8);
    }

    @POST
    @Path("list/{id}/delete")
    public String remove(@PathParam("id") String id) {
        if (comparisons.remove(currentUser.require().id(), id)) {
            flash.success("Removed from your list.");
        }
        return "redirect:research/compare";
    }
}
