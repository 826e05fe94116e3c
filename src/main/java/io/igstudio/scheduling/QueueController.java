package io.igstudio.scheduling;

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
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** The queue: every account's posts by tab, and the changes a scheduled post takes. */
@Controller
@RequestScoped
@Path("queue")
public class QueueController {

    private static final String ID = "[0-9a-f-]{36}";

    @Inject
    CurrentUser currentUser;

    @Inject
    Scheduler scheduler;

    @Inject
    io.igstudio.accounts.InstagramAccounts accounts;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @GET
    public String list(@QueryParam("account") String account, @QueryParam("show") String show) {
        String userId = currentUser.require().id();
        QueueFilter filter = QueueFilter.of(show);
        String accountId = account != null && account.matches(ID) ? account : null;
        models.put("rows", scheduler.queue(userId, accountId, filter));
        models.put("filter", filter);
        models.put("filters", Arrays.asList(QueueFilter.values()));
        models.put("accounts", accounts.list(userId));
        models.put("account", accountId);
        models.put("zones", ZoneChoices.ALL);
        return "scheduling/queue.html";
    }

    @GET
    @Path("{id}/edit")
    public String editForm(@PathParam("id") String id) {
        models.put("row", scheduler.row(currentUser.require().id(), id));
        models.put("caption", scheduler.caption(currentUser.require().id(), id));
        return "scheduling/edit.html";
    }

    @POST
    @Path("{id}/edit")
    public String edit(@PathParam("id") String id, @FormParam("caption") String caption, @FormParam("at") String at) {
        return act(() -> {
            scheduler.edit(currentUser.require().id(), id, caption, at);
            return "The post is saved for " + scheduler.row(currentUser.require().id(), id).when() + ".";
        }, "queue", "queue/" + id + "/edit");
    }

    @POST
    @Path("{id}/cancel")
    public String cancel(@PathParam("id") String id) {
        return act(() -> {
            scheduler.cancel(currentUser.require().id(), id);
            return "The post is cancelled.";
        }, "queue", "queue");
    }

    @POST
    @Path("{id}/duplicate")
    public String duplicate(@PathParam("id") String id) {
        return act(() -> "A copy is scheduled for "
                + scheduler.row(currentUser.require().id(), scheduler.duplicate(currentUser.require().id(), id)).when()
                + ".", "queue", "queue");
    }

    @POST
    @Path("{id}/retry")
    public String retry(@PathParam("id") String id) {
        return act(() -> {
            scheduler.retry(currentUser.require().id(), id);
            return "The post is on its way again.";
        }, "posts/" + id, "queue");
    }

    @POST
    @Path("bulk")
    public String bulk(@FormParam("post") List<String> posts, @FormParam("action") String action,
                       @FormParam("days") String days) {
        String userId = currentUser.require().id();
        List<String> ids = posts == null ? List.of() : posts.stream().filter(p -> p.matches(ID)).toList();
        if (ids.isEmpty()) {
            flash.error("Select posts first.");
            return "redirect:queue";
        }
        return act(() -> {
            if ("cancel".equals(action)) {
                return scheduler.cancelAll(userId, ids) + " posts cancelled.";
            }
            int shift;
            try {
                shift = Integer.parseInt(days == null ? "" : days.trim());
            } catch (NumberFormatException e) {
                throw new ScheduleProblem("Say by how many days to move them (for example 1 or -2).");
            }
            return scheduler.shift(userId, ids, shift) + " posts moved by " + shift + " days.";
        }, "queue", "queue");
    }

    @POST
    @Path("zone")
    public String zone(@FormParam("zone") String zone) {
        if (scheduler.setZone(currentUser.require().id(), zone)) {
            flash.success("Times are now shown and chosen in " + zone + ".");
        } else {
            flash.error("That is not a time zone IG Studio knows.");
        }
        return "redirect:queue";
    }

    /** Runs one change; its message as success, or a {@link ScheduleProblem} as the error, then redirects. */
    private String act(Supplier<String> change, String done, String failed) {
        try {
            flash.success(change.get());
            return "redirect:" + done;
        } catch (ScheduleProblem e) {
            flash.error(e.getMessage());
            return "redirect:" + failed;
        }
    }
}
