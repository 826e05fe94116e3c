package io.igstudio.publishing;

import io.igstudio.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The small JSON the progress page polls every few seconds: {@code {state, step, waiting (and its parts
 * waitingBefore, waitingAt, waitingAfter), failure, permalink,
 * finished}}. A plain resource, not a controller (Krazo would take the JSON for a view name).
 */
@RequestScoped
@Path("posts/{id}/status")
public class PostStatusResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Composer composer;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(@PathParam("id") String id) {
        PostView p = composer.post(currentUser.require().id(), id);
        var json = Jsons.createObjectBuilder().add("state", p.state().name()).add("step", p.step())
                .add("finished", p.finished());
        WaitingReason waiting = p.waiting();
        if (waiting != null) {
            // "waiting" in plain text (UTC); the parts let the page show the time in the person's zone
            json.add("waiting", waiting.text()).add("waitingBefore", waiting.before()).add("waitingAfter", waiting.after());
            if (waiting.at() != null) {
                json.add("waitingAt", waiting.at().toString());
            }
        }
        if (p.failure() != null) {
            json.add("failure", p.failure());
        }
        if (p.permalink() != null && p.permalink().startsWith("https://")) {
            json.add("permalink", p.permalink());
        }
        return Response.ok(json.build()).header("Cache-Control", "no-store").build();
    }
}
