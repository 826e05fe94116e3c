package io.igstudio.shared.web;

import jakarta.mvc.Models;
import jakarta.ws.rs.core.Response;

/** Renders {@code error.html} with a status and a sentence that says what happened. */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static Response render(Models models, int status, String detail) {
        models.put("status", status);
        models.put("title", title(status));
        models.put("detail", detail != null ? detail : explanation(status));
        return Response.status(status).entity("error.html").build();
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "That request was not understood";
            case 401 -> "Please sign in";
            case 403 -> "That is not yours";
            case 404 -> "Page not found";
            case 405 -> "That action is not available here";
            case 502, 503, 504 -> "Meta is not answering";
            default -> "Something went wrong";
        };
    }

    static String explanation(int status) {
        return switch (status) {
            case 400 -> "The form or link was incomplete. Go back and try again.";
            case 401 -> "Your session has ended. Sign in again to continue.";
            case 403 -> "You can only see and change your own accounts and posts.";
            case 404 -> "There is nothing at this address. It may have been removed, or the link is mistyped.";
            case 405 -> "Use the buttons on the page rather than typing the address.";
            case 502, 503, 504 -> "IG Studio could not reach Meta just now. Your work is saved; try again shortly.";
            default -> "An unexpected error happened on our side. It has been logged; please try again.";
        };
    }
}
