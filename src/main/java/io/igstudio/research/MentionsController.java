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

/** /profiles/{id}/mentions: posts the account is tagged in, its mentions, and replies to them. */
@Controller
@RequestScoped
@Path("profiles/{id}/mentions")
public class MentionsController {

    @Inject
    CurrentUser currentUser;

    @Inject
    MentionsAndTags mentions;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @PathParam("id")
    String accountId;

    @GET
    public String page(@QueryParam("after") String after) {
        models.put("page", mentions.page(currentUser.require().id(), accountId, after));
        return "research/mentions.html";
    }

    @POST
    @Path("add")
    public String add(@FormParam("mediaId") String mediaId, @FormParam("commentId") String commentId) {
        String problem = mentions.add(currentUser.require().id(), accountId, mediaId, commentId);
        if (problem == null) {
            flash.success("The mention is added.");
        } else {
            flash.error(problem);
        }
        return "redirect:profiles/" + accountId + "/mentions";
    }

    @POST
    @Path("{mention}/reply")
    public String reply(@PathParam("mention") String mention, @FormParam("message") String message) {
        String problem = mentions.reply(currentUser.require().id(), accountId, mention, message);
        if (problem == null) {
            flash.success("Your reply is posted on Instagram.");
        } else {
            flash.error(problem);
        }
        return "redirect:profiles/" + accountId + "/mentions";
    }
}
