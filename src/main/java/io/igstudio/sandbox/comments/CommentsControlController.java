package io.igstudio.sandbox.comments;

import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.shared.web.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** The comments part of {@code /sandbox/control}: a comment now (maybe spam, maybe delivered twice), or every N seconds. */
@Controller
@RequestScoped
@SandboxOnly
@Path("sandbox/control/comments")
public class CommentsControlController {

    private static final String BACK = "redirect:sandbox/control";

    @Inject
    CommentFeed feed;

    @Inject
    Flash flash;

    @POST
    @Path("arrive")
    public String arrive(@FormParam("igUserId") String igUserId, @FormParam("spam") String spam,
            @FormParam("twice") String twice) {
        feed.arrive(igUserId, null, null, "true".equals(spam), "true".equals(twice)).ifPresentOrElse(
                a -> flash.success("@" + a.comment().username() + " commented \"" + a.comment().text()
                        + "\"; webhook deliveries answered " + a.deliveries() + "."),
                () -> flash.error("No sandbox Instagram account " + igUserId + " with a post."));
        return BACK;
    }

    @POST
    @Path("auto")
    public String auto(@FormParam("igUserId") String igUserId, @FormParam("everySeconds") String everySeconds,
            @FormParam("spamPercent") String spamPercent) {
        int every = number(everySeconds, 0, 3600);
        int spam = number(spamPercent, 0, 100);
        if (every < 0 || spam < 0) {
            flash.error("Seconds must be a whole number from 0 to 3600, spam from 0 to 100 percent.");
        } else if (every == 0) {
            feed.stop(igUserId);
            flash.success("New comments stopped.");
        } else {
            feed.start(igUserId, every, spam);
            flash.success("A new comment every " + every + " s, " + spam + "% of them spam.");
        }
        return BACK;
    }

    private static int number(String text, int min, int max) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            return n >= min && n <= max ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
