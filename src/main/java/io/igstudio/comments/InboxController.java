package io.igstudio.comments;

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

/** The inbox of new and unanswered comments across the person's accounts, and their saved replies. */
@Controller
@RequestScoped
@Path("inbox")
public class InboxController {

    @Inject
    CurrentUser currentUser;

    @Inject
    Inbox inbox;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @GET
    public String show(@QueryParam("unanswered") String unanswered, @QueryParam("hidden") String hidden,
            @QueryParam("account") String account, @QueryParam("post") String post,
            @QueryParam("question") String question, @QueryParam("link") String link, @QueryParam("page") String page) {
        int p;
        try {
            p = page == null ? 0 : Math.min(10_000, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            p = 0;
        }
        models.put("inbox", inbox.open(currentUser.require().id(), new Inbox.Filters("on".equals(unanswered),
                "on".equals(hidden), blank(account), blank(post), "on".equals(question), "on".equals(link), p)));
        return "comments/inbox.html";
    }

    @POST
    @Path("saved-replies")
    public String addSavedReply(@FormParam("title") String title, @FormParam("text") String text) {
        if (title == null || title.isBlank() || title.length() > 80 || text == null || text.isBlank() || text.length() > 2200) {
            flash.error("A saved reply needs a title (up to 80 characters) and a text (up to 2,200).");
        } else {
            inbox.addSavedReply(currentUser.require().id(), title.strip(), text.strip());
            flash.success("Saved reply \"" + title.strip() + "\" added.");
        }
        return "redirect:inbox";
    }

    @POST
    @Path("saved-replies/{id}/delete")
    public String deleteSavedReply(@PathParam("id") String id) {
        inbox.deleteSavedReply(currentUser.require().id(), id);
        flash.success("Saved reply deleted.");
        return "redirect:inbox";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
