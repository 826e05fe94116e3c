package io.igstudio.sandbox.control;

import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.security.JsonApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Arrays;

/**
 * The sandbox controls for automated tests. Not part of Meta's API, so no Graph headers and no Graph call
 * counted:
 * <ul>
 * <li>{@code PUT /sandbox/meta/_control/accounts/{ig-user-id}} with {@code {"mode":"throttled"}} (optionally
 * {@code "regainMinutes":n}) answers the account's new state;</li>
 * <li>{@code GET /sandbox/meta/_control/accounts/{ig-user-id}}: its state;</li>
 * <li>{@code POST /sandbox/meta/_control/usage/reset}: every account's hourly usage back to zero;</li>
 * <li>{@code GET /sandbox/meta/_control/stats}: {@code {"calls": N, "byAccount": {...}}}, Graph calls served
 * since the start.</li>
 * </ul>
 */
@Path("sandbox/meta/_control")
@SandboxOnly
// anyone who could reach it could break every sandbox person's accounts: signed-in, same-origin only
@JsonApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ControlResource {

    @Inject
    ControlBoard board;

    @Inject
    FreshStart freshStart;

    @GET
    @Path("accounts/{igUserId}")
    public Response account(@PathParam("igUserId") String igUserId) {
        return board.account(igUserId).map(a -> Response.ok(a.toJson().toString()).build())
                .orElseGet(() -> problem(404, "No sandbox Instagram account " + igUserId));
    }

    @PUT
    @Path("accounts/{igUserId}")
    public Response set(@PathParam("igUserId") String igUserId, String body) {
        JsonObject request;
        try (var reader = Jsons.createReader(new StringReader(body == null ? "" : body))) {
            request = reader.readObject();
        } catch (RuntimeException e) {
            return problem(400, "The body must be a JSON object such as {\"mode\":\"throttled\"}");
        }
        var mode = FaultMode.parse(request.getString("mode", null));
        if (mode.isEmpty()) {
            return problem(400, "mode must be one of " + Arrays.stream(FaultMode.values()).map(FaultMode::key).toList());
        }
        Integer regain = request.get("regainMinutes") instanceof JsonNumber n ? n.intValue() : null;
        return board.set(igUserId, mode.get(), regain).map(a -> Response.ok(a.toJson().toString()).build())
                .orElseGet(() -> problem(404, "No sandbox Instagram account " + igUserId));
    }

    @POST
    @Path("usage/reset")
    public String resetUsage() {
        board.resetUsage();
        return board.stats().toString();
    }

    /**
     * Forgets what a restart would (caches, rate-limit books, usage windows, test controls, every session): the
     * integration tests share one process between classes and start each one afresh ({@code FreshStart}).
     */
    @POST
    @Path("fresh-start")
    public String freshStart() {
        int ended = freshStart.forgetAll();
        return Jsons.createObjectBuilder().add("sessionsEnded", ended).build().toString();
    }

    @GET
    @Path("stats")
    public String stats() {
        return board.stats().toString();
    }

    private static Response problem(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsons.createObjectBuilder().add("error", message).build().toString()).build();
    }
}
