package io.igstudio.comments;

import io.igstudio.graph.GraphException;
import io.igstudio.security.CurrentUser;
import io.igstudio.shared.web.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * What a person does to a post's thread as a whole: a new top-level comment, comments off or on ({@code /threads/…},
 * not under {@code /profiles/{id}/posts/{mediaId}}, so that the post page's own resource keeps its path).
 */
@Controller
@RequestScoped
@Path("threads/{id}/{mediaId}")
public class ThreadController {

    @Inject
    CurrentUser currentUser;

    @Inject
    Moderation moderation;

    @Inject
    Flash flash;

    @PathParam("id")
    String accountId;

    @PathParam("mediaId")
    String mediaId;

    @POST
    @Path("comments")
    public String comment(@FormParam("message") String message) {
        if (message == null || message.isBlank() || message.length() > CommentsController.MAX_MESSAGE) {
            flash.error("Write a comment of 1 to 2,200 characters.");
        } else {
            try {
                moderation.comment(currentUser.require().id(), accountId, mediaId, message.strip());
                flash.success("Comment posted.");
            } catch (GraphException e) {
                flash.error("Meta refused: " + e.getMessage());
            }
        }
        return back();
    }

    @POST
    @Path("comments-enabled")
    public String commentsEnabled(@FormParam("enabled") String enabled) {
        boolean on = "true".equals(enabled);
        try {
            moderation.commentsEnabled(currentUser.require().id(), accountId, mediaId, on);
            flash.success(on ? "Comments are on for this post." : "Comments are off for this post.");
        } catch (GraphException e) {
            flash.error("Meta refused: " + e.getMessage());
        }
        return back();
    }

    private String back() {
        return "redirect:profiles/" + accountId + "/posts/" + mediaId;
    }
}
