package io.igstudio.sandbox.publishing;

import io.igstudio.sandbox.SandboxOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/**
 * Publishing controls for automated tests (not Meta's API):
 * <ul>
 * <li>{@code GET /sandbox/meta/_control/publishing/accounts/{ig-user-id}}: quota, usage, containers in the last
 * 24 hours, processing seconds, whether videos fail;</li>
 * <li>{@code PUT} the same with any of {@code {"quotaTotal":n,"processingSeconds":n,"failVideos":true}}, and
 * {@code "publishAnswerSeconds":n} (kept in memory only): {@code media_publish} publishes at once and answers
 * n seconds later, so a crash test can kill IG Studio between Meta publishing and IG Studio hearing of it;
 * {@code "failFetches":n} (in memory only): the account's next n image fetches fail with 9004/2207052;</li>
 * <li>{@code POST /sandbox/meta/_control/publishing/containers/{container-id}/fail}: that container (in progress)
 * ends in ERROR;</li>
 * <li>{@code GET /sandbox/meta/_control/publishing/published?caption=prefix}: {@code {"published":n,"posts":n,
 * "duplicates":n}}, the published containers whose caption starts with the prefix, their distinct (account, caption)
 * pairs, and how many more containers than pairs were published (ops/bench-scheduler's duplicate count).</li>
 * </ul>
 * The sandbox clock is {@code /sandbox/meta/_control/clock} ({@code ClockResource}).
 */
@Path("sandbox/meta/_control/publishing")
@SandboxOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublishingControlResource {

    @Inject
    PublishingBoard board;

    @Inject
    PublishingControls controls;

    @Inject
    ContainerStore containers;

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
            return problem(400, "The body must be a JSON object such as {\"quotaTotal\":5,\"processingSeconds\":30}");
        }
        Integer quota = request.get("quotaTotal") instanceof JsonNumber n ? n.intValue() : null;
        Integer seconds = request.get("processingSeconds") instanceof JsonNumber n ? n.intValue() : null;
        JsonValue fail = request.get("failVideos");
        Boolean failVideos = fail == JsonValue.TRUE ? Boolean.TRUE : fail == JsonValue.FALSE ? Boolean.FALSE : null;
        Integer answerSeconds = request.get("publishAnswerSeconds") instanceof JsonNumber n ? n.intValue() : null;
        if ((quota != null && quota < 0) || (seconds != null && seconds < 0)
                || (answerSeconds != null && (answerSeconds < 0 || answerSeconds > 600))) {
            return problem(400, "quotaTotal and processingSeconds cannot be negative; publishAnswerSeconds is 0 to 600");
        }
        Integer failFetches = request.get("failFetches") instanceof JsonNumber n ? n.intValue() : null;
        if (board.account(igUserId).isPresent()) {
            if (answerSeconds != null) {
                controls.publishAnswerDelay(igUserId, answerSeconds);
            }
            if (failFetches != null) {
                controls.failFetches(igUserId, failFetches);
            }
        }
        return board.set(igUserId, quota, seconds, failVideos).map(a -> Response.ok(a.toJson().toString()).build())
                .orElseGet(() -> problem(404, "No sandbox Instagram account " + igUserId));
    }

    @POST
    @Path("containers/{containerId}/fail")
    public Response fail(@PathParam("containerId") String containerId) {
        return board.failContainer(containerId)
                ? Response.ok(Jsons.createObjectBuilder().add("id", containerId).add("status_code", "ERROR").build()
                        .toString()).build()
                : problem(404, "No container " + containerId + " in progress");
    }

    @GET
    @Path("published")
    public Response published(@QueryParam("caption") String caption) {
        if (caption == null || caption.isBlank()) {
            return problem(400, "Give the captions' start: ?caption=…");
        }
        long[] counts = containers.publishedWithCaption(caption);
        return Response.ok(Jsons.createObjectBuilder().add("published", counts[0]).add("posts", counts[1])
                .add("duplicates", counts[0] - counts[1]).build().toString()).build();
    }

    static Response problem(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsons.createObjectBuilder().add("error", message).build().toString()).build();
    }
}
