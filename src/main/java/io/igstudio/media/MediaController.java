package io.igstudio.media;

import io.igstudio.security.CurrentUser;
import io.igstudio.shared.web.ErrorPage;
import io.igstudio.shared.web.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

    @Inject
    Flash flash;

    @Inject
    io.igstudio.comments.Moderation moderation;

    @Inject
    io.igstudio.insights.PostMetrics postMetrics;

    @PathParam("id")
    String accountId;

    @GET
    public String overview(@QueryParam("type") String type) {
        models.put("page", library.overview(currentUser.require().id(), accountId, type, null));
        return "media/overview.html";
    }

    /** Sent by the page's script (static/js/media.js) when it fetches the next grid items to append. */
    static final String FRAGMENT_HEADER = "X-IGStudio-Fragment";

    /**
     * The grid items after a cursor: as an HTML fragment for the page's script, or, for a person who opened
     * "Load more" in a tab of its own, as the whole account page starting at that cursor.
     */
    @GET
    @Path("media")
    public String more(@QueryParam("after") String after, @QueryParam("type") String type,
                       @HeaderParam(FRAGMENT_HEADER) String fragment) {
        if (fragment == null) {
            models.put("page", library.overview(currentUser.require().id(), accountId, type, after));
            return "media/overview.html";
        }
        models.put("accountId", accountId);
        models.put("type", MediaLibrary.normalise(type));
        models.put("grid", library.more(currentUser.require().id(), accountId, after, type));
        return "media/more.html";
    }

    @GET
    @Path("posts/{mediaId}")
    public Response post(@PathParam("mediaId") String mediaId, @QueryParam("comments_after") String commentsAfter) {
        var post = library.post(currentUser.require().id(), accountId, mediaId).orElse(null);
        if (post == null) {
            return errorPage.render(404, "This post does not exist or is not visible to IG Studio.");
        }
        models.put("accountId", accountId);
        models.put("account", library.account(currentUser.require().id(), accountId));
        models.put("post", post);
        // the post's comment thread (issue 20): one Graph call, stored for the inbox
        models.put("thread", moderation.thread(currentUser.require().id(), accountId, mediaId, commentsAfter));
        models.put("savedReplies", moderation.savedReplies(currentUser.require().id()));
        // the metrics of the post's product type (issue 21); a carousel child has none
        models.put("insights", postMetrics.forPost(currentUser.require().id(), accountId, post));
        return Response.ok("media/post.html").build();
    }

    @POST
    @Path("refresh")
    public String refresh() {
        library.refresh(currentUser.require().id(), accountId);
        flash.success("Refreshed: IG Studio asked Meta for this account's latest data.");
        return "redirect:profiles/" + accountId;
    }
}
