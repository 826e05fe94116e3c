package io.igstudio.graph;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Graph API's content publishing endpoints
 * (https://developers.facebook.com/docs/instagram-platform/content-publishing), beside {@link GraphApi} so
 * that the reading and the publishing halves of the client grow separately. Same base URL, same rules:
 * tokens in the {@code Authorization} header, {@link Response} returned for the usage headers.
 */
public interface PublishingApi {

    @POST
    @Path("{node}/media")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response createContainer(@PathParam("node") String igUserId, Form parameters,
                             @HeaderParam("Authorization") String authorization,
                             @QueryParam("appsecret_proof") String proof);

    @POST
    @Path("{node}/media_publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response publish(@PathParam("node") String igUserId, Form creationId,
                     @HeaderParam("Authorization") String authorization,
                     @QueryParam("appsecret_proof") String proof);

    @GET
    @Path("{node}/content_publishing_limit")
    Response publishingLimit(@PathParam("node") String igUserId,
                             @QueryParam("fields") String fields,
                             @HeaderParam("Authorization") String authorization,
                             @QueryParam("appsecret_proof") String proof);

    @GET
    @Path("{node}")
    Response node(@PathParam("node") String nodeId,
                  @QueryParam("fields") String fields,
                  @HeaderParam("Authorization") String authorization,
                  @QueryParam("appsecret_proof") String proof);

    /** {@code comment_enabled=true|false} on a published post. */
    @POST
    @Path("{node}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response update(@PathParam("node") String mediaId, Form parameters,
                    @HeaderParam("Authorization") String authorization,
                    @QueryParam("appsecret_proof") String proof);

    @DELETE
    @Path("{node}")
    Response delete(@PathParam("node") String mediaId,
                    @HeaderParam("Authorization") String authorization,
                    @QueryParam("appsecret_proof") String proof);
}
