package io.igstudio.sandbox.dialog;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.sandbox.oauth.SandboxApp;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The sandbox's Facebook Login dialog, {@code /sandbox/meta/{version}/dialog/oauth}: pick a seeded person,
 * untick permissions ("Edit access"), then Allow or Cancel. The form posts back here (Krazo checks its CSRF
 * token) and the browser is sent to the app's redirect URI with a code or Meta's cancel parameters.
 */
@Controller
@RequestScoped
@SandboxOnly
@Path("sandbox/meta/{version: v\\d+\\.\\d+}/dialog/oauth")
public class DialogController {

    /** Token lifetimes run on the sandbox clock, which tests move forward (issue 23). */
    @Inject
    io.igstudio.sandbox.control.SandboxClock sandboxClock;

    @Inject
    Models models;

    @Inject
    MetaPlatform meta;

    @Inject
    SandboxPeople people;

    @Inject
    Consent consent;

    @PathParam("version")
    String version;

    @Context
    HttpServletResponse servletResponse;

    @GET
    public Response show(@QueryParam("client_id") String clientId, @QueryParam("redirect_uri") String redirectUri,
            @QueryParam("state") String state, @QueryParam("scope") String scope,
            @QueryParam("response_type") String responseType, @CookieParam(LAST_USER_COOKIE) String lastUser) {
        try {
            DialogRequest request = DialogRequest.parse(clientId, redirectUri, state, scope, responseType, meta.baseUrl());
            return dialog(request, lastUser, null, 200);
        } catch (DialogProblem problem) {
            return problem(problem);
        }
    }

    @POST
    public Response decide(@FormParam("client_id") String clientId, @FormParam("redirect_uri") String redirectUri,
            @FormParam("state") String state, @FormParam("scope") String scope,
            @FormParam("response_type") String responseType, @FormParam("user_id") String userId,
            @FormParam("granted") List<String> granted, @FormParam("decision") String decision) {
        DialogRequest request;
        try {
            request = DialogRequest.parse(clientId, redirectUri, state, scope, responseType, meta.baseUrl());
        } catch (DialogProblem problem) {
            return problem(problem);
        }
        if ("cancel".equals(decision)) {
            return redirect(request.cancelRedirect());
        }
        return consent.allow(request, userId, granted == null ? List.of() : granted, sandboxClock.now())
                .map(url -> Response.fromResponse(redirect(url)).cookie(lastUser(userId)).build())
                .orElseGet(() -> dialog(request, userId, "Choose who you are logging in as.", 400));
    }

    /**
     * Like facebook.com, the dialog remembers who last logged in in this browser and offers that person
     * first; a browser that never logged in chooses (nobody is preselected).
     */
    static final String LAST_USER_COOKIE = "sandbox_fb_user";

    private static jakarta.ws.rs.core.NewCookie lastUser(String userId) {
        return new jakarta.ws.rs.core.NewCookie.Builder(LAST_USER_COOKIE).value(userId)
                .path(MetaPlatform.SANDBOX_PATH).maxAge(60 * 60 * 24 * 30).httpOnly(true)
                .sameSite(jakarta.ws.rs.core.NewCookie.SameSite.LAX).build();
    }

    private Response dialog(DialogRequest request, String userId, String problem, int status) {
        var users = people.users();
        String selected = users.stream().map(u -> u.id()).filter(id -> id.equals(userId)).findFirst().orElse(null);
        String action = MetaPlatform.SANDBOX_PATH + "/" + version + "/dialog/oauth";
        models.put("dialog", new DialogView(SandboxApp.NAME, action, request, users, selected, problem));
        return view(status, "sandbox/dialog.html");
    }

    private Response problem(DialogProblem problem) {
        models.put("problem", problem);
        return view(400, "sandbox/dialog-error.html");
    }

    /**
     * The Thymeleaf engine writes to the servlet response directly, which commits it before JAX-RS applies the
     * Response status; setting the status on the servlet response too keeps the 400 of an error page.
     */
    private Response view(int status, String template) {
        servletResponse.setStatus(status);
        return Response.status(status).entity(template).build();
    }

    /** 302, like Meta's dialog, rather than Krazo's 303 for {@code redirect:}. */
    private static Response redirect(String url) {
        return Response.status(Response.Status.FOUND).location(URI.create(url)).build();
    }
}
