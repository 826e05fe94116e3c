package io.igstudio.publishing;

import io.igstudio.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.mvc.MvcContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Multipart uploads to the media library, answered in JSON (one entry per file, its problem named). Not a
 * Krazo controller, since Krazo would take the answer for a view name; so the CSRF token is checked here,
 * the same token Krazo issues, sent by the page's script in {@code X-CSRF-TOKEN}.
 */
@RequestScoped
@Path("library/upload")
public class LibraryUploads {

    @Inject
    CurrentUser currentUser;

    @Inject
    MediaFiles files;

    @Inject
    MvcContext mvc;

    /** {@code {"files":[{"name","id"?,"problem"?,"cropOffered","width","height","kind","previewUrl"}]}}. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@HeaderParam("X-CSRF-TOKEN") String csrf, List<EntityPart> parts) throws IOException {
        String userId = currentUser.require().id();
        String expected = mvc.getCsrf().getToken();
        if (csrf == null || expected == null || !MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            return Response.status(403).entity(Jsons.createObjectBuilder().add("error", "csrf")
                    .add("message", "The page was too old. Reload it and upload again.").build()).build();
        }
        JsonArrayBuilder answers = Jsons.createArrayBuilder();
        for (EntityPart part : parts) {
            if (!"file".equals(part.getName()) || part.getFileName().isEmpty()) {
                continue;
            }
            try (InputStream in = part.getContent()) {
                answers.add(json(files.upload(userId, part.getFileName().get(), in)));
            }
        }
        return Response.ok(Jsons.createObjectBuilder().add("files", answers).build()).build();
    }

    private static JsonObjectBuilder json(MediaFiles.Uploaded uploaded) {
        JsonObjectBuilder o = Jsons.createObjectBuilder().add("name", uploaded.name())
                .add("cropOffered", uploaded.cropOffered());
        if (uploaded.file() != null) {
            o.add("id", uploaded.file().id()).add("kind", uploaded.file().kind())
                    .add("width", uploaded.file().width()).add("height", uploaded.file().height())
                    .add("previewUrl", uploaded.file().previewUrl());
        }
        if (uploaded.problem() != null) {
            o.add("problem", uploaded.problem());
        }
        return o;
    }
}
