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
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The calendar: a month or a week of scheduled and published posts. Dragging a post (calendar.js) posts
 * its new local time to {@code move}; without JavaScript each post links to the queue's edit form.
 */
@Controller
@RequestScoped
@Path("calendar")
public class CalendarController {

    @Inject
    CurrentUser currentUser;

    @Inject
    Calendar calendar;

    @Inject
    Scheduler scheduler;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @GET
    public String show(@QueryParam("view") String view, @QueryParam("date") String date) {
        LocalDate anchor = null;
        try {
            anchor = date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            // the current period then
        }
        models.put("cal", calendar.page(currentUser.require().id(), "week".equals(view), anchor));
        return "scheduling/calendar.html";
    }

    /** From calendar.js: 204 when moved, 409 with the reason as text when not (the script shows it). */
    @POST
    @Path("{id}/move")
    public Response move(@PathParam("id") String id, @FormParam("at") String at) {
        try {
            scheduler.reschedule(currentUser.require().id(), id, at);
            return Response.noContent().build();
        } catch (ScheduleProblem e) {
            return Response.status(409).type("text/plain").entity(e.getMessage()).build();
        }
    }
}
