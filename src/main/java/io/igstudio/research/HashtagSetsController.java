package io.igstudio.research;

import io.igstudio.security.CurrentUser;
import io.igstudio.shared.web.ErrorPage;
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
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** /research/sets: a person's hashtag sets, created, changed and deleted on one page. */
@Controller
@RequestScoped
@Path("research/sets")
public class HashtagSetsController {

    private static final String ID = "[0-9a-f-]{36}";

    @Inject
    CurrentUser currentUser;

    @Inject
    HashtagSets sets;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @Inject
    ErrorPage errorPage;

    @GET
    public String list() {
        return show(Map.of(), null, null, null);
    }

    @POST
    public Response create(@FormParam("name") String name, @FormParam("tags") String tags) {
        return save(null, name, tags);
    }

    @POST
    @Path("{id}")
    public Response update(@PathParam("id") String id, @FormParam("name") String name, @FormParam("tags") String tags) {
        if (!id.matches(ID)) {
            return errorPage.render(404, "There is no such hashtag set.");
        }
        return save(id, name, tags);
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("id") String id) {
        if (!id.matches(ID) || !sets.delete(currentUser.require().id(), id)) {
            return errorPage.render(404, "There is no such hashtag set.");
        }
        flash.success("The hashtag set is deleted.");
        return Response.ok("redirect:research/sets").build();
    }

    private Response save(String id, String name, String tags) {
        var saved = sets.save(currentUser.require().id(), id, name, tags);
        if (!saved.errors().isEmpty()) {
            return Response.status(400).entity(show(saved.errors(), id, name, tags)).build();
        }
        flash.success("The hashtag set \"" + name.trim() + "\" is saved. Insert it from New post.");
        return Response.ok("redirect:research/sets").build();
    }

    private String show(Map<String, String> errors, String editing, String name, String tags) {
        models.put("sets", sets.list(currentUser.require().id()));
        models.put("errors", errors);
        models.put("editing", editing);
        models.put("typedName", name);
        models.put("typedTags", tags);
        return "research/sets.html";
    }
}
