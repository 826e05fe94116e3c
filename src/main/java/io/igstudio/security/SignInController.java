package io.igstudio.security;

import jakarta.enterprise.context.RequestScoped;
import io.igstudio.shared.web.ErrorPage;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * Sign-in and sign-out pages. {@code /signin} is guarded by pac4j: reaching this method means the
 * Facebook round trip succeeded.
 */
@Controller
@RequestScoped
@Path("signin")
public class SignInController {

    @Inject
    CurrentUser currentUser;

    @Inject
    Models models;

    @Inject
    ErrorPage errorPage;

    @GET
    public String signIn() {
        return "redirect:dashboard";
    }

    @GET
    @Path("problem")
    public Response problem(@QueryParam("reason") String reason, @QueryParam("during") String during) {
        var problem = SignInProblem.fromCode(reason).orElse(null);
        if (problem == null) {
            return errorPage.render(404, null);
        }
        models.put("problem", problem);
        // Try again returns to where the round trip began
        models.put("tryAgain", "connect".equals(during) ? "/accounts/connect" : "/signin");
        return Response.ok("signin/problem.html").build();
    }
}
