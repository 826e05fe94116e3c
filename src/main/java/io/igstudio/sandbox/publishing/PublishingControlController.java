package io.igstudio.sandbox.publishing;

import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.sandbox.control.SandboxClock;
import io.igstudio.shared.web.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Duration;

/**
 * The publishing part of {@code /sandbox/control}: quota, video processing time and outcome per account, and the
 * sandbox clock. Post/redirect/get back to the control page with a flash message.
 */
@Controller
@RequestScoped
@SandboxOnly
@Path("sandbox/control/publishing")
public class PublishingControlController {

    private static final String BACK = "redirect:sandbox/control";

    @Inject
    PublishingBoard board;

    @Inject
    SandboxClock clock;

    @Inject
    Flash flash;

    @POST
    @Path("accounts/{igUserId}")
    public String set(@PathParam("igUserId") String igUserId, @FormParam("quotaTotal") String quotaTotal,
            @FormParam("processingSeconds") String processingSeconds, @FormParam("failVideos") String failVideos) {
        Integer quota = number(quotaTotal, 0, 10_000);
        Integer seconds = number(processingSeconds, 0, 86_400);
        if (quota == null || seconds == null) {
            flash.error("Quota must be a whole number from 0 to 10000, processing seconds from 0 to 86400.");
            return BACK;
        }
        board.set(igUserId, quota, seconds, "true".equals(failVideos)).ifPresentOrElse(
                a -> flash.success("@" + a.username() + ": " + a.quotaTotal() + " posts per 24 hours, videos processed in "
                        + a.processingSeconds() + " s" + (a.failVideos() ? " and then failing." : ".")),
                () -> flash.error("No sandbox Instagram account " + igUserId + "."));
        return BACK;
    }

    @POST
    @Path("clock/advance")
    public String advance(@FormParam("hours") String hours) {
        Integer h = number(hours, 1, 720);
        if (h == null) {
            flash.error("Hours must be a whole number from 1 to 720.");
            return BACK;
        }
        flash.success("The sandbox clock now says " + clock.advance(Duration.ofHours(h)) + ".");
        return BACK;
    }

    @POST
    @Path("clock/reset")
    public String reset() {
        clock.reset();
        flash.success("The sandbox clock is back to real time.");
        return BACK;
    }

    private static Integer number(String text, int min, int max) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            return n >= min && n <= max ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
