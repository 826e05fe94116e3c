package io.igstudio.sandbox.comments;

import io.igstudio.sandbox.SandboxOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/**
 * Comment controls for automated tests (not Meta's API):
 * <ul>
 * <li>{@code POST /sandbox/meta/_control/comments/accounts/{ig-user-id}/arrive} with optional
 * {@code {"mediaId":"…","text":"…","spam":true,"twice":true}}: a new comment arrives and its webhook is delivered
 * (twice when asked); answers the comment and the delivery statuses;</li>
 * <li>{@code PUT /sandbox/meta/_control/comments/accounts/{ig-user-id}/auto} with {@code {"everySeconds":n,
 * "spamPercent":p}} (everySeconds 0 stops it).</li>
 * </ul>
 */
@Path("sandbox/meta/_control/comments/accounts/{igUserId}")
@SandboxOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommentsControlResource {

    @Inject
    CommentFeed feed;

    @PathParam("igUserId")
    String igUserId;

    @POST
    @Path("arrive")
    public Response arrive(String body) {
        JsonObject request = read(body);
        if (request == null) {
            return problem(400, "The body must be a JSON object such as {\"spam\":true,\"twice\":false}");
        }
        return feed.arrive(igUserId, request.getString("mediaId", null), request.getString("text", null),
                        request.get("spam") == JsonValue.TRUE, request.get("twice") == JsonValue.TRUE)
                .map(a -> Response.ok(a.toJson().toString()).build())
                .orElseGet(() -> problem(404, "No sandbox Instagram account or media " + igUserId));
    }

    @PUT
    @Path("auto")
    public Response auto(String body) {
        JsonObject request = read(body);
        if (request == null || !(request.get("everySeconds") instanceof JsonNumber every)) {
            return problem(400, "The body must be a JSON object such as {\"everySeconds\":10,\"spamPercent\":30}");
        }
        if (every.intValue() <= 0) {
            feed.stop(igUserId);
        } else {
            feed.start(igUserId, every.intValue(),
                    request.get("spamPercent") instanceof JsonNumber p ? p.intValue() : 20);
        }
        return Response.ok(Jsons.createObjectBuilder().add("everySeconds", Math.max(0, every.intValue())).build()
                .toString()).build();
    }

    private static JsonObject read(String body) {
        try (var reader = Jsons.createReader(new StringReader(body == null || body.isBlank() ? "{}" : body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Response problem(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsons.createObjectBuilder().add("error", message).build().toString()).build();
    }
}
