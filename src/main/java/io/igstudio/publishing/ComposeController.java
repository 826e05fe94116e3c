package io.igstudio.publishing;

import io.igstudio.security.CurrentUser;
import io.igstudio.shared.web.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** The compose page and drafts: thin, every decision is {@link Composer}'s. */
@Controller
@RequestScoped
@Path("compose")
public class ComposeController {

    private static final String ID = "[0-9a-f-]{36}";

    @Inject
    CurrentUser currentUser;

    @Inject
    Composer composer;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @GET
    public String compose(@QueryParam("account") String account) {
        models.put("page", composer.page(currentUser.require().id(), null, id(account)));
        return "publishing/compose.html";
    }

    /** "Save draft" or "Publish now"; a rejected submission comes back with every field as typed. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> sent) {
        String userId = currentUser.require().id();
        boolean publish = "publish".equals(sent.getFirst("action"));
        var submission = composer.submit(userId, id(sent.getFirst("draftId")), ComposeForm.of(sent), publish);
        if (!submission.accepted()) {
            models.put("page", submission.page());
            return Response.status(400).entity("publishing/compose.html").build();
        }
        if (!publish) {
            flash.success("The draft is saved.");
            return redirect("compose/drafts/" + submission.draftId());
        }
        return redirect(submission.postIds().size() == 1 ? "posts/" + submission.postIds().get(0) : "posts");
    }

    @GET
    @Path("drafts")
    public String drafts() {
        models.put("drafts", composer.drafts(currentUser.require().id()));
        return "publishing/drafts.html";
    }

    @GET
    @Path("drafts/{id}")
    public String draft(@PathParam("id") String draftId, @QueryParam("replace") String replace,
                        @QueryParam("with") String with) {
        String userId = currentUser.require().id();
        if (id(replace) != null && id(with) != null) {
            composer.replaceItem(userId, id(draftId), replace, with);
        }
        models.put("page", composer.page(userId, id(draftId), null));
        return "publishing/compose.html";
    }

    private static Response redirect(String path) {
        return Response.ok("redirect:" + path).build();
    }

    /** Ids are UUIDs; anything else is treated as absent (and a draft id as not found). */
    private static String id(String value) {
        return value != null && value.matches(ID) ? value : null;
    }
}
