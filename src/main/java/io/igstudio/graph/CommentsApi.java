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
 * The comment moderation endpoints (https://developers.facebook.com/docs/instagram-platform/comment-moderation)
 * and private replies (https://developers.facebook.com/docs/instagram-platform/private-replies), beside
 * {@link GraphApi} and {@link PublishingApi}: same base URL, tokens in the {@code Authorization} header,
 * {@link Response} returned for the usage headers.
 */
public interface CommentsApi {

    /** {@code GET /{ig-media-id}/comments} or {@code GET /{ig-comment-id}/replies}. */
    @GET
    @Path("{node}/{edge}")
    Response list(@PathParam("node") String nodeId, @PathParam("edge") String edge,
                  @QueryParam("fields") String fields, @QueryParam("limit") int limit, @QueryParam("after") String after,
                  @HeaderParam("Authorization") String authorization,
                  @QueryParam("appsecret_proof") String proof);

    @GET
    @Path("{node}")
    Response node(@PathParam("node") String nodeId, @QueryParam("fields") String fields,
                  @HeaderParam("Authorization") String authorization,
                  @QueryParam("appsecret_proof") String proof);

    /** {@code POST /{ig-media-id}/comments}, {@code POST /{ig-comment-id}/replies} with {@code message}. */
    @POST
    @Path("{node}/{edge}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response create(@PathParam("node") String nodeId, @PathParam("edge") String edge, Form message,
                    @HeaderParam("Authorization") String authorization,
                    @QueryParam("appsecret_proof") String proof);

    /** {@code POST /{ig-comment-id}?hide=} or {@code POST /{ig-media-id}?comment_enabled=}. */
    @POST
    @Path("{node}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response update(@PathParam("node") String nodeId, Form parameters,
                    @HeaderParam("Authorization") String authorization,
                    @QueryParam("appsecret_proof") String proof);

    @DELETE
    @Path("{node}")
    Response delete(@PathParam("node") String nodeId,
                    @HeaderParam("Authorization") String authorization,
                    @QueryParam("appsecret_proof") String proof);

    /** {@code POST /{ig-user-id}/messages} with a JSON body {@code {"recipient":{"comment_id"},"message":{"text"}}}. */
    @POST
    @Path("{node}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    Response message(@PathParam("node") String igUserId, String json,
                     @HeaderParam("Authorization") String authorization,
                     @QueryParam("appsecret_proof") String proof);
}
