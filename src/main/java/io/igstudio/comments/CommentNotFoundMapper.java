package io.igstudio.comments;

import io.igstudio.shared.web.ErrorPage;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Someone else's or a missing comment, rule or action: 404, the same answer for both. */
@Provider
public class CommentNotFoundMapper implements ExceptionMapper<CommentNotFoundException> {

    @Inject
    ErrorPage errorPage;

    @Override
    public Response toResponse(CommentNotFoundException e) {
        return errorPage.render(404, "There is no such comment among your accounts' comments.");
    }
}
