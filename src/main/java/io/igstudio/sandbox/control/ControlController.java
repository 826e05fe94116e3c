package io.igstudio.sandbox.control;

import io.igstudio.sandbox.SandboxOnly;
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
import java.util.Arrays;

/**
 * {@code /sandbox/control}: every sandbox Instagram account with its fault mode and usage, a form per
 * account to change the mode, and a button that resets usage. Post/redirect/get with a flash message.
 */
@Controller
@RequestScoped
@SandboxOnly
@Path("sandbox/control")
public class ControlController {

    @Inject
    ControlBoard board;

    @Inject
    Models models;

    @Inject
    io.igstudio.sandbox.publishing.PublishingBoard publishing;

    @Inject
    SandboxClock clock;

    @Inject
    Flash flash;

    @GET
    public String show() {
        models.put("accounts", board.accounts());
        models.put("modes", Arrays.stream(FaultMode.values()).map(FaultMode::key).toList());
        models.put("publishing", publishing.accounts());
        models.put("clockNow", clock.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        models.put("clockOffsetHours", clock.offset().toHours());
        return "sandbox/control.html";
    }

    @POST
    @Path("accounts/{igUserId}")
    public String set(@PathParam("igUserId") String igUserId, @FormParam("mode") String mode) {
        var parsed = FaultMode.parse(mode);
        if (parsed.isEmpty()) {
            flash.error("Unknown mode: " + mode);
            return "redirect:sandbox/control";
        }
        board.set(igUserId, parsed.get(), null).ifPresentOrElse(
                a -> flash.success("@" + a.username() + " is now " + a.modeKey() + "."),
                () -> flash.error("No sandbox Instagram account " + igUserId + "."));
        return "redirect:sandbox/control";
    }

    @POST
    @Path("usage/reset")
    public String resetUsage() {
        board.resetUsage();
        flash.success("Usage reset: every account starts a fresh hour.");
        return "redirect:sandbox/control";
    }
}
