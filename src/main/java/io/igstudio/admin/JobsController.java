package io.igstudio.admin;

import io.igstudio.shared.web.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.function.Supplier;

/** Publishing jobs across people: list, counts, timers; retry, cancel, publish now. */
@Controller
@RequestScoped
@Path("admin/jobs")
public class JobsController {

    @Inject
    Jobs jobs;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @GET
    public String list(@QueryParam("state") String state) {
        models.put("state", state == null ? "" : state);
        models.put("jobs", jobs.list(state));
        models.put("counts", jobs.counts());
        models.put("timers", jobs.timers());
        return "admin/jobs.html";
    }

    @POST
    @Path("{id}/retry")
    public String retry(@PathParam("id") String id) {
        return act(() -> jobs.retry(id));
    }

    @POST
    @Path("{id}/cancel")
    public String cancel(@PathParam("id") String id) {
        return act(() -> jobs.cancel(id));
    }

    @POST
    @Path("{id}/publish-now")
    public String publishNow(@PathParam("id") String id) {
        return act(() -> jobs.publishNow(id));
    }

    private String act(Supplier<String> action) {
        try {
            flash.success(action.get());
        } catch (AdminRefusal e) {
            flash.error(e.getMessage());
        }
        return "redirect:admin/jobs";
    }
}
