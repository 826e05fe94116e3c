package io.igstudio.scheduling;

import io.igstudio.publishing.ComposeForm;
import io.igstudio.security.CurrentUser;
import io.igstudio.shared.web.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** "Schedule" and "Add to queue" from the compose page (its buttons post the compose form here). */
@Controller
@RequestScoped
@Path("schedule")
public class ScheduleController {

    @Inject
    CurrentUser currentUser;

    @Inject
    Scheduler scheduler;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(MultivaluedMap<String, String> sent) {
        String userId = currentUser.require().id();
        Scheduler.When when = "queue".equals(sent.getFirst("action")) ? Scheduler.When.QUEUE : Scheduler.When.AT;
        String draftId = sent.getFirst("draftId");
        var submission = scheduler.schedule(userId, draftId != null && draftId.matches("[0-9a-f-]{36}") ? draftId : null,
                ComposeForm.of(sent), when, sent.getFirst("at"), sent.getFirst("zone"));
        if (!submission.accepted()) {
            models.put("page", submission.page());
            return Response.status(400).entity("publishing/compose.html").build();
        }
        flash.success(submission.postIds().size() == 1 ? "The post is scheduled."
                : submission.postIds().size() + " posts are scheduled.");
        return Response.ok("redirect:queue").build();
    }
}
