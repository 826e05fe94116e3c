package io.igstudio.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** The container's error page (see web.xml): a human sentence for the status, never a stack trace. */
@Controller
@RequestScoped
@Path("error")
public class ErrorController {

    @Inject
    Models models;

    @Inject
    ErrorPage errorPage;

    @GET
    public Response show(@Context HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // opened directly (no error being forwarded): there is no page at /error
        int status = code instanceof Integer i ? i : 404;
        Object detail = request.getAttribute(ErrorPage.DETAIL);
        return errorPage.render(status, detail instanceof String d ? d : null);
    }

    /** Errors of POST requests are forwarded with their method. */
    @POST
    public Response showForPost(@Context HttpServletRequest request) {
        return show(request);
    }
}
