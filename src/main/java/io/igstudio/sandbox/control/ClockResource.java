package io.igstudio.sandbox.control;

import io.igstudio.sandbox.SandboxOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;

/**
 * The sandbox clock for automated tests (not Meta's API): {@code GET /sandbox/meta/_control/clock} answers
 * {@code {"now":"...","offsetSeconds":n}}; {@code POST .../clock/advance} with {@code {"seconds":n}} (or
 * {@code "hours"}) moves it forward; {@code POST .../clock/reset} goes back to real time.
 */
@Path("sandbox/meta/_control/clock")
@SandboxOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    @Inject
    SandboxClock clock;

    @GET
    public String show() {
        return json(clock.now());
    }

    @POST
    @Path("advance")
    public Response advance(String body) {
        JsonObject request;
        try (var reader = Jsons.createReader(new StringReader(body == null ? "" : body))) {
            request = reader.readObject();
        } catch (RuntimeException e) {
            return problem("The body must be a JSON object such as {\"hours\":24} or {\"seconds\":90}");
        }
        long seconds = (request.get("seconds") instanceof JsonNumber s ? s.longValue() : 0)
                + (request.get("hours") instanceof JsonNumber h ? h.longValue() * 3600 : 0);
        if (seconds <= 0) {
            return problem("Give a positive number of seconds or hours: the sandbox clock only moves forward");
        }
        return Response.ok(json(clock.advance(Duration.ofSeconds(seconds)))).build();
    }

    @POST
    @Path("reset")
    public String reset() {
        return json(clock.reset());
    }

    private String json(Instant now) {
        return Jsons.createObjectBuilder().add("now", now.toString()).add("offsetSeconds", clock.offset().getSeconds())
                .build().toString();
    }

    private static Response problem(String message) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsons.createObjectBuilder().add("error", message).build().toString()).build();
    }
}
