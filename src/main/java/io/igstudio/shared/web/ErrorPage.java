package io.igstudio.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.krazo.engine.Viewable;

/** Renders {@code error.html} with a status and a sentence that says what happened (see {@link ViewStatusFilter}). */
@RequestScoped
public class ErrorPage {

    /** A request attribute with the sentence to show, set by a filter before {@code sendError}. */
    public static final String DETAIL = "igstudio.error.detail";

    @Inject
    Models models;

    public Response render(int status, String detail) {
        models.put("status", status);
        models.put("heading", title(status));
        models.put("detail", detail != null ? detail : explanation(status));
        // a Viewable, not the bare view name: Krazo renders names only for controller return values, and
        // exception mappers answer with this too
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(new Viewable("error.html", models))
                .build();
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "That request was not understood";
            case 401 -> "Please sign in";
            case 403 -> "That is not allowed";
            case 404 -> "Page not found";
            case 405 -> "That action is not available here";
            case 429 -> "Too many attempts";
            case 502, 503, 504 -> "Meta is not answering";
            default -> "Something went wrong";
        };
    }

    public static String explanation(int status) {
        return switch (status) {
            case 400 -> "The form or link was incomplete. Go back and try again.";
            case 401 -> "Your session has ended. Sign in again to continue.";
            case 403 -> "The form was too old or came from somewhere else. Go back, reload the page and try again.";
            case 404 -> "There is nothing at this address. It may have been removed, or the link is mistyped.";
            case 405 -> "Use the buttons on the page rather than typing the address.";
            case 429 -> "Wait a minute, then try again.";
            case 502, 503, 504 -> "IG Studio could not reach Meta just now. Your work is saved; try again shortly.";
            default -> "An unexpected error happened on our side. It has been logged; please try again.";
        };
    }
}
