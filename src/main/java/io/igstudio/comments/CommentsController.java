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
import java.util.function.Supplier;

/**
 * What a person does to one comment, from a post's thread or from the inbox: reply, hide, unhide, delete,
 * private reply, and undo of a rule's action. Post/redirect/get back to where the form was ({@code back}).
 */
@Controller
@RequestScoped
@Path("comments")
public class CommentsController {

    static final int MAX_MESSAGE = 2200;

    @Inject
    CurrentUser currentUser;

    @Inject
    Moderation moderation;

    @Inject
    Flash flash;

    @POST
    @Path("{id}/reply")
    public String reply(@PathParam("id") String id, @FormParam("message") String message, @FormParam("back") String back) {
        if (message == null || message.isBlank() || message.length() > MAX_MESSAGE) {
            flash.error("Write a reply of 1 to 2,200 characters.");
            return back(back, () -> moderation.target(user(), id).comment());
        }
        return act(id, back, () -> moderation.reply(user(), id, message.strip()), "Reply posted.");
    }

    @POST
    @Path("{id}/hide")
    public String hide(@PathParam("id") String id, @FormParam("back") String back) {
        return act(id, back, () -> moderation.hide(user(), id, true), "Comment hidden: only its author and you see it.");
    }

    @POST
    @Path("{id}/unhide")
    public String unhide(@PathParam("id") String id, @FormParam("back") String back) {
        return act(id, back, () -> moderation.hide(user(), id, false), "Comment shown again.");
    }

    @POST
    @Path("{id}/delete")
    public String delete(@PathParam("id") String id, @FormParam("back") String back) {
        return act(id, back, () -> moderation.delete(user(), id), "Comment deleted.");
    }

    @POST
    @Path("{id}/private-reply")
    public String privateReply(@PathParam("id") String id, @FormParam("message") String message,
            @FormParam("back") String back) {
        if (message == null || message.isBlank() || message.length() > 1000) {
            flash.error("Write a private reply of 1 to 1,000 characters.");
            return back(back, () -> moderation.target(user(), id).comment());
        }
        return act(id, back, () -> moderation.privateReply(user(), id, message.strip()), "Private reply sent.");
    }

    @POST
    @Path("actions/{actionId}/undo")
    public String undo(@PathParam("actionId") String actionId) {
        try {
            moderation.undo(user(), actionId);
            flash.success("Undone: the comment is shown again.");
        } catch (GraphException e) {
            flash.error("Meta refused: " + e.getMessage());
        }
        return "redirect:inbox";
    }

    private String user() {
        return currentUser.require().id();
    }

    private String act(String id, String back, Supplier<StoredComment> action, String done) {
        try {
            StoredComment c = action.get();
            flash.success(done);
            return back(back, () -> c);
        } catch (GraphException | IllegalStateException e) {
            flash.error(e instanceof GraphException ? "Meta refused: " + e.getMessage() : e.getMessage());
            return back(back, () -> moderation.target(user(), id).comment());
        }
    }

    /** Back to the inbox, or to the comment's post. */
    private static String back(String back, Supplier<StoredComment> comment) {
        if (!"thread".equals(back)) {
            return "redirect:inbox";
        }
        StoredComment c = comment.get();
        return "redirect:profiles/" + c.getAccountId() + "/posts/" + c.getMediaId();
    }
}
