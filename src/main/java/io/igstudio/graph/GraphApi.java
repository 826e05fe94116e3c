package io.igstudio.graph;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Graph API endpoints IG Studio calls, as a MicroProfile Rest Client interface. The base URL
 * ({@code https://graph.facebook.com/v26.0} or the sandbox) is set when {@link GraphClient} builds it.
 * Tokens travel in the {@code Authorization} header, not in URLs, so they cannot end up in access logs.
 * Methods return {@link Response} so that the client can read Meta's usage headers. No class-level
 * {@code @Path}: with one, the server's JAX-RS scan would take this interface for a resource of ours.
 */
public interface GraphApi {

    /**
     * https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived — sent as a
     * POST form (Graph accepts either) so that the app secret and the token stay out of URLs and logs.
     */
    @POST
    @Path("oauth/access_token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response exchangeToken(@FormParam("grant_type") String grantType,
                           @FormParam("client_id") String clientId,
                           @FormParam("client_secret") String clientSecret,
                           @FormParam("fb_exchange_token") String token);

    /** Called with the app token ({app-id}|{app-secret}), which needs no appsecret_proof. */
    @GET
    @Path("debug_token")
    Response debugToken(@QueryParam("input_token") String inputToken,
                        @HeaderParam("Authorization") String authorization);

    @GET
    @Path("me/permissions")
    Response permissions(@HeaderParam("Authorization") String authorization,
                         @QueryParam("appsecret_proof") String proof);

    @DELETE
    @Path("me/permissions")
    Response revokePermissions(@HeaderParam("Authorization") String authorization,
                               @QueryParam("appsecret_proof") String proof);

    @GET
    @Path("me/accounts")
    Response pages(@QueryParam("fields") String fields,
                   @QueryParam("limit") Integer limit,
                   @QueryParam("after") String after,
                   @HeaderParam("Authorization") String authorization,
                   @QueryParam("appsecret_proof") String proof);

    @GET
    @Path("{node}")
    Response node(@PathParam("node") String nodeId,
                  @QueryParam("fields") String fields,
                  @HeaderParam("Authorization") String authorization,
                  @QueryParam("appsecret_proof") String proof);

    @GET
    @Path("{node}/media")
    Response media(@PathParam("node") String igUserId,
                   @QueryParam("fields") String fields,
                   @QueryParam("limit") Integer limit,
                   @QueryParam("after") String after,
                   @HeaderParam("Authorization") String authorization,
                   @QueryParam("appsecret_proof") String proof);
}
