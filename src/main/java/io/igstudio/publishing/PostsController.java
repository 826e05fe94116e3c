package io.igstudio.publishing;

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

/** Posts on their way or published: list, progress page with its small JSON status, Retry, delete, comments. */
@Controller
@RequestScoped
@Path("posts")
public class PostsController {

    @Inject
    CurrentUser currentUser;

    @Inject
    Composer composer;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @GET
    public String list() {
        models.put("posts", composer.posts(currentUser.require().id()));
        return "publishing/posts.html";
    }

    @GET
    @Path("{id}")
    public String show(@PathParam("id") String id) {
        models.put("post", composer.post(currentUser.require().id(), id));
        return "publishing/post.html";
    }

    @POST
    @Path("{id}/retry")
    public String retry(@PathParam("id") String id) {
        composer.retry(currentUser.require().id(), id);
        return "redirect:posts/" + id;
    }

    @POST
    @Path("{id}/delete")
    public String delete(@PathParam("id") String id) {
        String problem = composer.delete(currentUser.require().id(), id);
        if (problem == null) {
            flash.success("The post was deleted from Instagram.");
        } else {
            flash.error(problem);
        }
        return "redirect:posts/" + id;
    }

    @POST
    @Path("{id}/comments")
    public String comments(@PathParam("id") String id, @FormParam("enabled") String enabled) {
        boolean on = "true".equals(enabled);
        String problem = composer.comments(currentUser.require().id(), id, on);
        if (problem == null) {
            flash.success(on ? "Comments are on." : "Comments are off.");
        } else {
            flash.error(problem);
        }
        return "redirect:posts/" + id;
    }
}
