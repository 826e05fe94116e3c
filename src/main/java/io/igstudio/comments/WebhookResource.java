package io.igstudio.comments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Meta's callback URL for the {@code instagram} object: {@code GET /webhooks/instagram} answers the subscription
 * handshake (echoes {@code hub.challenge} as text/plain when {@code hub.mode=subscribe} and {@code hub.verify_token}
 * match, else 403), {@code POST} takes deliveries (403 and nothing stored unless {@code X-Hub-Signature-256} is
 * right). Public: no session, no CSRF (Meta holds neither); the signature is the authentication
 * (https://developers.facebook.com/docs/instagram-platform/webhooks). A plain JAX-RS resource, not a Krazo
 * controller, so no CSRF token or session is ever made for it.
 */
@Path("webhooks/instagram")
@RequestScoped
public class WebhookResource {

    @Inject
    Webhooks webhooks;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        return webhooks.handshake(mode, token, challenge)
                .map(c -> Response.ok(c, MediaType.TEXT_PLAIN_TYPE).build())
                .orElseGet(() -> Response.status(403).type(MediaType.TEXT_PLAIN_TYPE).entity("Forbidden").build());
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_PLAIN)
    public Response deliver(byte[] body, @HeaderParam("X-Hub-Signature-256") String signature) {
        return switch (webhooks.receive(body == null ? new byte[0] : body, signature)) {
            case REFUSED -> Response.status(403).type(MediaType.TEXT_PLAIN_TYPE).entity("Invalid signature").build();
            case STORED, REPEATED -> Response.ok("EVENT_RECEIVED", MediaType.TEXT_PLAIN_TYPE).build();
        };
    }
}
