package io.igstudio.media;

import io.igstudio.security.CurrentUser;
import io.igstudio.shared.web.ErrorPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** An account's overview (profile, stories, grid), "load more", a post page and the Refresh button. */
@Controller
@RequestScoped
@Path("profiles/{id}")
public class MediaController {

    @Inject
    CurrentUser currentUser;

    @Inject
    MediaLibrary library;

    @Inject
    Models models;

    @Inject
    ErrorPage errorPage;

    @PathParam("id")
    String accountId;

    @GET
    public String overview(@QueryParam("type") String type) {
        models.put("page", library.overview(currentUser.require().id(), accountId, type));
        return "media/overview.html";
    }

    /** The grid items after a cursor, as an HTML fragment that the page's script appends. */
    @GET
    @Path("media")
    public String more(@QueryParam("after") String after, @QueryParam("type") String type) {
        models.put("accountId", accountId);
        models.put("type", MediaLibrary.normalise(type));
        models.put("grid", library.more(currentUser.require().id(), accountId, after, type));
        return "media/more.html";
    }

    @GET
    @Path("posts/{mediaId}")
    public Response post(@PathParam("mediaId") String mediaId) {
        var post = library.post(currentUser.require().id(), accountId, mediaId).orElse(null);
        if (post == null) {
            return errorPage.render(404, "This post does not exist or is not visible to IG Studio.");
        }
        models.put("accountId", accountId);
        models.put("post", post);
        return Response.ok("media/post.html").build();
    }

    @POST
    @Path("refresh")
    public String refresh() {
        library.refresh(currentUser.require().id(), accountId);
        return "redirect:profiles/" + accountId;
    }
}
