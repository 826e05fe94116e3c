package io.igstudio.insights;

import io.igstudio.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** CSV downloads of the account's daily series and of the top posts table, for the range the page shows. */
@RequestScoped
@Path("profiles/{id}/insights/export")
public class InsightsExport {

    static final String CSV = "text/csv; charset=utf-8";

    @Inject
    CurrentUser currentUser;

    @Inject
    InsightsService insights;

    @Inject
    PostMetrics posts;

    @PathParam("id")
    String accountId;

    @GET
    @Path("daily.csv")
    @Produces(CSV)
    public Response daily(@QueryParam("days") String days, @QueryParam("from") String from, @QueryParam("to") String to) {
        InsightRange range = InsightRange.of(days, from, to, insights.today());
        AccountInsights page = insights.account(currentUser.require().id(), accountId, range);
        return attachment(insights.dailyCsv(page), "insights-" + page.account().username() + "-" + range.from() + "-"
                + range.to() + ".csv");
    }

    @GET
    @Path("posts.csv")
    @Produces(CSV)
    public Response posts(@QueryParam("days") String days, @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("sort") String sort) {
        InsightRange range = InsightRange.of(days, from, to, insights.today());
        TopPosts top = posts.top(currentUser.require().id(), accountId, range, sort);
        return attachment(posts.csv(top), "top-posts-" + top.account().username() + "-" + range.from() + "-"
                + range.to() + ".csv");
    }

    private static Response attachment(String body, String name) {
        return Response.ok(body, CSV).header("Content-Disposition", "attachment; filename=\""
                + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"").build();
    }
}
