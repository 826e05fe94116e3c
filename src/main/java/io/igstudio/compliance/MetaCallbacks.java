package io.igstudio.compliance;

import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.graph.MetaPlatform;
import io.igstudio.security.SignedRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;

/**
 * The callback URLs entered in the Meta app's settings (README, "Meta app settings"), public and without a
 * session, each verifying Meta's {@code signed_request} with the app secret (a bad one is refused with 403 and
 * logged without its content):
 * <ul>
 * <li>{@code POST /meta/deauthorize}: the person removed IG Studio from their Facebook account. Their connections
 * need a reconnect (the token is dropped), accounts and posts stay, scheduled posts wait;</li>
 * <li>{@code POST /meta/data-deletion}: delete the person's data; answers {@code {"url","confirmation_code"}} as
 * Meta requires (https://developers.facebook.com/docs/development/create-an-app/app-dashboard/data-deletion-callback);</li>
 * <li>{@code GET /meta/data-deletion/{code}}: the status page that URL points at.</li>
 * </ul>
 * Both callbacks are idempotent: Meta may call more than once.
 */
@Path("meta")
@RequestScoped
public class MetaCallbacks {

    private static final Logger LOG = Logger.getLogger(MetaCallbacks.class.getName());

    @Inject
    MetaPlatform meta;

    @Inject
    InstagramAccounts accounts;

    @Inject
    DataDeletion deletion;

    @Inject
    Models models;

    @Inject
    io.igstudio.audit.AuditLog audit;

    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest request;

    @POST
    @Path("deauthorize")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response deauthorize(@FormParam("signed_request") String signedRequest) {
        var userId = SignedRequest.verifiedUserId(signedRequest, meta.appSecret());
        if (userId.isEmpty()) {
            return refused("deauthorize");
        }
        int connections = accounts.deauthorized(userId.get());
        audit.record(null, "Meta", "meta.deauthorize", connections + " connection(s)", request.getRemoteAddr(), 200);
        LOG.info(() -> "Meta deauthorize callback: " + connections + " connection(s) now need a reconnect");
        return Response.ok(Jsons.createObjectBuilder().add("success", true).build().toString()).build();
    }

    @POST
    @Path("data-deletion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response dataDeletion(@FormParam("signed_request") String signedRequest) {
        var userId = SignedRequest.verifiedUserId(signedRequest, meta.appSecret());
        if (userId.isEmpty()) {
            return refused("data deletion");
        }
        DataDeletion.Receipt receipt = deletion.delete(userId.get(), DataDeletion.Origin.META);
        audit.record(null, "Meta", "meta.data-deletion", receipt.confirmationCode(), request.getRemoteAddr(), 200);
        return Response.ok(Jsons.createObjectBuilder().add("url", receipt.url())
                .add("confirmation_code", receipt.confirmationCode()).build().toString()).build();
    }

    @GET
    @Path("data-deletion/{code}")
    @Controller
    @Produces(MediaType.TEXT_HTML)
    public String status(@PathParam("code") String code) {
        models.put("deletion", deletion.status(code).orElseThrow(NotFoundException::new));
        return "compliance/deletion-status.html";
    }

    private Response refused(String callback) {
        audit.record(null, "Meta?", "meta." + callback.replace(' ', '-'), "invalid signed_request", request.getRemoteAddr(), 403);
        LOG.warning(() -> "Refused a Meta " + callback + " callback: its signed_request is missing or its signature"
                + " does not match the app secret");
        return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsons.createObjectBuilder().add("error", "invalid signed_request").build().toString()).build();
    }
}
