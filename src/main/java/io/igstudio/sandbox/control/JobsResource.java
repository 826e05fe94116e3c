package io.igstudio.sandbox.control;

import io.igstudio.accounts.TokenHealth;
import io.igstudio.accounts.TokenRefresher;
import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.security.JsonApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Runs one of IG Studio's own daily or hourly jobs now, in sandbox mode only, so that tests (after moving the
 * sandbox clock) need not wait for the timer: {@code POST /sandbox/meta/_control/jobs/token-renewal} (the hourly
 * renewal of tokens near expiry) and {@code .../jobs/token-health} (the daily debug_token check).
 */
@Path("sandbox/meta/_control/jobs/{job}")
@SandboxOnly
@JsonApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    TokenRefresher refresher;

    @Inject
    TokenHealth health;

    @POST
    public Response run(@PathParam("job") String job) {
        switch (job) {
            case "token-renewal" -> refresher.renewExpiring();
            case "token-health" -> health.checkAll();
            default -> {
                return Response.status(404).entity(Jsons.createObjectBuilder()
                        .add("error", "Unknown job " + job + "; known: token-renewal, token-health").build().toString())
                        .build();
            }
        }
        return Response.ok(Jsons.createObjectBuilder().add("ran", job).build().toString()).build();
    }
}
