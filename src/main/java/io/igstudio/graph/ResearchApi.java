package io.igstudio.graph;

import jakarta.ws.rs.Consumes;
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
 * The Graph API's research endpoints (Facebook Login only): hashtag search
 * (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/hashtag-search), the
 * {@code tags} edge, mentions (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentions)
 * and Business Discovery (.../reference/ig-user/business_discovery). Same base URL and rules as {@link GraphApi}.
 */
public interface ResearchApi {

    @GET
    @Path("ig_hashtag_search")
    Response hashtagSearch(@QueryParam("user_id") String igUserId,
                           @QueryParam("q") String name,
                           @HeaderParam("Authorization") String authorization,
                           @QueryParam("appsecret_proof") String proof);

    /** {@code top_media} or {@code recent_media} of a hashtag; {@code user_id} is required. */
    @GET
    @Path("{hashtag}/{edge}")
    Response hashtagMedia(@PathParam("hashtag") String hashtagId,
                          @PathParam("edge") String edge,
                          @QueryParam("user_id") String igUserId,
                          @QueryParam("fields") String fields,
                          @QueryParam("limit") Integer limit,
                          @HeaderParam("Authorization") String authorization,
                          @QueryParam("appsecret_proof") String proof);

    @GET
    @Path("{node}/tags")
    Response tags(@PathParam("node") String igUserId,
                  @QueryParam("fields") String fields,
                  @QueryParam("limit") Integer limit,
                  @QueryParam("after") String after,
                  @HeaderParam("Authorization") String authorization,
                  @QueryParam("appsecret_proof") String proof);

    /** The IG User node with a research field: business_discovery, mentioned_media or mentioned_comment. */
    @GET
    @Path("{node}")
    Response node(@PathParam("node") String igUserId,
                  @QueryParam("fields") String fields,
                  @HeaderParam("Authorization") String authorization,
                  @QueryParam("appsecret_proof") String proof);

    @POST
    @Path("{node}/mentions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response replyToMention(@PathParam("node") String igUserId, Form parameters,
                            @HeaderParam("Authorization") String authorization,
                            @QueryParam("appsecret_proof") String proof);
}
