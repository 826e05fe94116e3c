package io.igstudio.publishing;

import io.igstudio.security.CurrentUser;
import io.igstudio.shared.web.ErrorPage;
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
import jakarta.ws.rs.core.Response;

/**
 * The media library: the list of a person's files, a signed-in preview of a file, and "crop" or "pad" for
 * an image whose shape the feed does not take. Uploads go to {@link LibraryUploads}.
 */
@Controller
@RequestScoped
@Path("library")
public class LibraryController {

    @Inject
    CurrentUser currentUser;

    @Inject
    MediaFiles files;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @Inject
    ErrorPage errorPage;

    @GET
    public String list() {
        String userId = currentUser.require().id();
        models.put("files", files.list(userId));
        models.put("needed", files.needed(userId));
        return "publishing/library.html";
    }

    /** Crop (centre) or pad an image to the feed's aspect ratio; the result is a new file of the library. */
    @POST
    @Path("{id}/fit")
    public String fit(@PathParam("id") String id, @FormParam("fit") String fit, @FormParam("draft") String draft) {
        try {
            MediaView fitted = files.fit(currentUser.require().id(), id,
                    "pad".equals(fit) ? ImagePreparation.Fit.PAD : ImagePreparation.Fit.CROP);
            flash.success("The image was " + ("pad".equals(fit) ? "padded" : "cropped") + " to "
                    + fitted.width() + "×" + fitted.height() + ".");
            if (draft != null && draft.matches("[0-9a-f-]{36}")) {
                return "redirect:compose/drafts/" + draft + "?replace=" + id + "&with=" + fitted.id();
            }
        } catch (MediaProblem e) {
            flash.error(e.getMessage());
        }
        return "redirect:library";
    }

    /** Deletes a file of the library that no draft or unfinished post needs. */
    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("id") String id) {
        String userId = currentUser.require().id();
        var file = files.owned(userId, id).orElse(null);
        if (file == null) {
            return errorPage.render(404, "This file is not in your library.");
        }
        if (files.deleteUnused(userId, file)) {
            flash.success("\u201c" + file.getOriginalName() + "\u201d is deleted from your library.");
        } else {
            flash.error("A draft or a post not yet published still uses \u201c" + file.getOriginalName()
                    + "\u201d; it stays.");
        }
        return Response.ok("redirect:library").build();
    }
}
