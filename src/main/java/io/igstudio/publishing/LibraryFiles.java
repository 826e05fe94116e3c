package io.igstudio.publishing;

import io.igstudio.security.CurrentUser;
import io.igstudio.shared.web.ErrorPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;

/**
 * A library file itself, for the person's own pages (previews); Meta uses the public URL instead. A plain
 * resource, not a Krazo controller: Krazo takes any entity a controller returns for a view.
 */
@RequestScoped
@Path("library/{id}/file")
public class LibraryFiles {

    @Inject
    CurrentUser currentUser;

    @Inject
    MediaFiles files;

    @Inject
    ErrorPage errorPage;

    @GET
    public Response file(@PathParam("id") String id) {
        var file = files.owned(currentUser.require().id(), id).orElse(null);
        if (file == null) {
            return errorPage.render(404, "This file is not in your library.");
        }
        return Response.ok((StreamingOutput) out -> Files.copy(files.path(file), out), file.getContentType())
                .header("Cache-Control", "private, max-age=3600").header("X-Content-Type-Options", "nosniff").build();
    }
}
