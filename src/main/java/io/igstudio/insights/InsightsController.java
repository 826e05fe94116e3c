package io.igstudio.insights;

import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.security.CurrentUser;
import io.igstudio.shared.web.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** The account insights page, the top posts table and the "take today's snapshot" button. */
@Controller
@RequestScoped
@Path("profiles/{id}/insights")
public class InsightsController {

    @Inject
    CurrentUser currentUser;

    @Inject
    InsightsService insights;

    @Inject
    PostMetrics posts;

    @Inject
    Snapshots snapshots;

    @Inject
    InstagramAccounts accounts;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @PathParam("id")
    String accountId;

    @GET
    public String account(@QueryParam("days") String days, @QueryParam("from") String from, @QueryParam("to") String to) {
        InsightRange range = InsightRange.of(days, from, to, insights.today());
        models.put("page", insights.account(currentUser.require().id(), accountId, range));
        return "insights/account.html";
    }

    @GET
    @Path("posts")
    public String top(@QueryParam("days") String days, @QueryParam("from") String from, @QueryParam("to") String to,
                      @QueryParam("sort") String sort) {
        InsightRange range = InsightRange.of(days, from, to, insights.today());
        models.put("top", posts.top(currentUser.require().id(), accountId, range, sort));
        return "insights/posts.html";
    }

    /** Takes today's snapshot now instead of waiting for the timer; a second press the same day stores nothing. */
    @POST
    @Path("snapshot")
    @CsrfProtected
    public String snapshot() {
        boolean taken = snapshots.daily(accounts.access(currentUser.require().id(), accountId));
        if (taken) {
            flash.success("Today's insights snapshot is stored.");
        } else {
            flash.success("Today's insights snapshot was already stored (or Meta could not be asked); nothing changed.");
        }
        return "redirect:profiles/" + accountId + "/insights";
    }
}
