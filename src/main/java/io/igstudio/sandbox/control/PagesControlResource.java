package io.igstudio.sandbox.control;

import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.sandbox.store.GeneratedPages;
import io.igstudio.security.JsonApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/**
 * More Pages for a sandbox person, for load tests (not Meta's API): {@code POST
 * /sandbox/meta/_control/people/{user-id}/pages} with {@code {"count":97,"instagram":true}} makes sure the person
 * has 97 generated Pages (each linked to a new Instagram Business account when {@code instagram} is true) besides
 * the seeded ones; calling it again adds nothing. Answers {@code {"added":n,"generated":n,"pages":n}}. They are
 * listed by {@code /me/accounts} after the seeded Pages, in pages of the asked {@code limit}.
 */
@Path("sandbox/meta/_control/people/{userId}/pages")
@SandboxOnly
@JsonApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PagesControlResource {

    @Inject
    GeneratedPages pages;

    @POST
    public Response add(@PathParam("userId") String userId, String body) {
        JsonObject request;
        try (var reader = Jsons.createReader(new StringReader(body == null ? "" : body))) {
            request = reader.readObject();
        } catch (RuntimeException e) {
            return problem(400, "The body must be a JSON object such as {\"count\":97,\"instagram\":true}");
        }
        int count = request.get("count") instanceof JsonNumber n ? n.intValue() : -1;
        if (count < 0 || count > GeneratedPages.MAX) {
            return problem(400, "count is 0 to " + GeneratedPages.MAX);
        }
        var result = pages.ensure(userId, count, request.get("instagram") == JsonValue.TRUE);
        if (result.pages() < 0) {
            return problem(404, "No sandbox person " + userId);
        }
        return Response.ok(Jsons.createObjectBuilder().add("added", result.added()).add("generated", result.generated())
                .add("pages", result.pages()).build().toString()).build();
    }

    private static Response problem(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsons.createObjectBuilder().add("error", message).build().toString()).build();
    }
}
