package io.igstudio.sandbox.research;

import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.security.JsonApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/**
 * Research controls for automated tests (not Meta's API): {@code POST
 * /sandbox/meta/_control/research/accounts/{ig-user-id}/mentions} with optional {@code {"inComment":true,
 * "text":"…","twice":true}}: a public account mentions the seeded account in a new post's caption (or in a comment
 * on it) and the {@code mentions} webhook is delivered (twice when asked); answers {@code media_id},
 * {@code comment_id} (null for a caption), the author's {@code username}, the {@code text} and the delivery
 * statuses. Signed-in IG Studio people only ({@link JsonApi}: 401 otherwise).
 */
@Path("sandbox/meta/_control/research/accounts/{igUserId}")
@SandboxOnly
@JsonApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResearchControlResource {

    /** Instagram's 2,200 characters for a caption or comment, less room for the {@code @username} put in front. */
    static final int MAX_TEXT = 2000;

    @Inject
    MentionFeed feed;

    @PathParam("igUserId")
    String igUserId;

    @POST
    @Path("mentions")
    public Response mention(String body) {
        JsonObject request = read(body);
        if (request == null || (request.containsKey("text") && !(request.get("text") instanceof JsonString)
                && request.get("text") != JsonValue.NULL)) {
            return problem(400, "The body must be a JSON object such as {\"inComment\":true,\"text\":\"…\"}");
        }
        if (request.getString("text", "").length() > MAX_TEXT) {
            return problem(400, "The text may have at most " + MAX_TEXT + " characters");
        }
        return feed.arrive(igUserId, request.get("inComment") == JsonValue.TRUE, request.getString("text", null),
                        request.get("twice") == JsonValue.TRUE)
                .map(a -> Response.ok(a.toJson().toString()).build())
                .orElseGet(() -> problem(404, "No sandbox Instagram account " + igUserId));
    }

    private static JsonObject read(String body) {
        try (var reader = Jsons.createReader(new StringReader(body == null || body.isBlank() ? "{}" : body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Response problem(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsons.createObjectBuilder().add("error", message).build().toString()).build();
    }
}
