package io.igstudio.sandbox.compliance;

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
 * Sandbox controls for a Facebook person's own settings, for automated tests (not Meta's API); the control page
 * offers the same as buttons:
 * <ul>
 * <li>{@code POST /sandbox/meta/_control/people/{user-id}/permissions/{scope}/revoke}: the person takes one
 * permission back;</li>
 * <li>{@code POST .../people/{user-id}/remove-app}: the person removes IG Studio; Meta calls its deauthorize URL;
 * answers {@code {"callbackStatus":n,"callbackBody":"…"}};</li>
 * <li>{@code POST .../people/{user-id}/request-data-deletion}: the same, with Meta's data deletion request.</li>
 * </ul>
 */
@Path("sandbox/meta/_control/people/{userId}")
@SandboxOnly
@JsonApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeopleControlResource {

    @Inject
    MetaAppSettings settings;

    @PathParam("userId")
    String userId;

    @POST
    @Path("permissions/{scope}/revoke")
    public Response revoke(@PathParam("scope") String scope) {
        if (!settings.knows(userId)) {
            return unknown();
        }
        settings.revokePermission(userId, scope);
        return Response.ok(Jsons.createObjectBuilder().add("revoked", scope).build().toString()).build();
    }

    @POST
    @Path("remove-app")
    public Response removeApp() {
        return settings.knows(userId) ? delivered(settings.removeApp(userId)) : unknown();
    }

    @POST
    @Path("request-data-deletion")
    public Response requestDataDeletion() {
        return settings.knows(userId) ? delivered(settings.requestDataDeletion(userId)) : unknown();
    }

    private static Response delivered(MetaAppSettings.Delivery delivery) {
        return Response.ok(Jsons.createObjectBuilder().add("callbackStatus", delivery.status())
                .add("callbackBody", delivery.body() == null ? "" : delivery.body()).build().toString()).build();
    }

    private Response unknown() {
        return Response.status(404).entity(Jsons.createObjectBuilder()
                .add("error", "No sandbox person " + userId).build().toString()).build();
    }
}
