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
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** /research/hashtags: the search form with each account's allowance, and a hashtag's top and recent media. */
@Controller
@RequestScoped
@Path("research/hashtags")
public class HashtagController {

    @Inject
    CurrentUser currentUser;

    @Inject
    HashtagResearch research;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @GET
    public String page(@QueryParam("account") String account) {
        models.put("page", research.page(currentUser.require().id(), account, null));
        return "research/hashtags.html";
    }

    @GET
    @Path("{tag}")
    public String hashtag(@PathParam("tag") String tag, @QueryParam("account") String account) {
        models.put("page", research.page(currentUser.require().id(), account, tag));
        return "research/hashtags.html";
    }

    /** Spends (or reuses) a search, then shows the hashtag; a refusal comes back with the date a search frees up. */
    @POST
    public Response search(@FormParam("account") String account, @FormParam("hashtag") String hashtag) {
        String userId = currentUser.require().id();
        var outcome = research.search(userId, account, hashtag);
        if (outcome.refused()) {
            models.put("page", research.page(userId, account, null));
            models.put("refusal", outcome);
            return Response.status(outcome.freesAt() != null ? 429 : 400).entity("research/hashtags.html").build();
        }
        return Response.ok("redirect:research/hashtags/" + URLEncoder.encode(outcome.name(), StandardCharsets.UTF_8)
                + "?account=" + URLEncoder.encode(account, StandardCharsets.UTF_8)).build();
    }
}
