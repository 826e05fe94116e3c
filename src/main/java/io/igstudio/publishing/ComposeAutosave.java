package io.igstudio.publishing;

import io.igstudio.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.mvc.MvcContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

/**
 * Drafts save themselves: the compose page's script sends the form here a few seconds after the person
 * stops typing, and puts the answer's draft id into the form, so the same draft is updated each time and
 * "Publish now" goes on from it. Saved as "Save draft" saves (nothing is checked, nothing is published).
 * A JSON resource, not a Krazo controller, so the CSRF token is checked here (header {@code X-CSRF-TOKEN}).
 */
@RequestScoped
@Path("compose/autosave")
public class ComposeAutosave {

    private static final String ID = "[0-9a-f-]{36}";

    @Inject
    CurrentUser currentUser;

    @Inject
    Composer composer;

    @Inject
    MvcContext mvc;

    @Inject
    Clock clock;

    /** {@code {"draftId":"…","savedAt":"2026-11-26T07:00:00Z"}}; 403 without the page's token. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response save(@HeaderParam("X-CSRF-TOKEN") String csrf, MultivaluedMap<String, String> sent) {
        String userId = currentUser.require().id();
        String expected = mvc.getCsrf().getToken();
        if (csrf == null || expected == null || !MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            return Response.status(403).entity(Jsons.createObjectBuilder().add("error", "csrf")
                    .add("message", "The page was too old to save the draft. Reload it.").build()).build();
        }
        String draftId = sent.getFirst("draftId");
        var saved = composer.submit(userId, draftId != null && draftId.matches(ID) ? draftId : null,
                ComposeForm.of(sent), false);
        return Response.ok(Jsons.createObjectBuilder().add("draftId", saved.draftId())
                .add("savedAt", clock.instant().toString()).build()).header("Cache-Control", "no-store").build();
    }
}
