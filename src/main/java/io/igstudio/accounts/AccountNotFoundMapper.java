package io.igstudio.accounts;

import io.igstudio.shared.web.ErrorPage;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Someone else's or a missing account: 404, as a page or as JSON under /api. */
@Provider
public class AccountNotFoundMapper implements ExceptionMapper<AccountNotFoundException> {

    @Inject
    Models models;

    @Inject
    ErrorPage errorPage;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(AccountNotFoundException e) {
        if (uri.getPath().startsWith("api/") || uri.getPath().startsWith("/api/")) {
            return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", "account_not_found", "message", "No such Instagram account among yours"))
                    .build();
        }
        return errorPage.render(404, "There is no such Instagram account among yours.");
    }
}
