package io.igstudio.graph;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * The insights edges: {@code GET /{ig-user-id}/insights}
 * (https://developers.facebook.com/docs/instagram-platform/api-reference/instagram-user/insights) and
 * {@code GET /{ig-media-id}/insights} (https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights).
 * Null parameters are left out of the query string.
 */
public interface InsightsApi {

    @GET
    @Path("{node}/insights")
    Response insights(@PathParam("node") String nodeId,
                      @QueryParam("metric") String metric,
                      @QueryParam("period") String period,
                      @QueryParam("metric_type") String metricType,
                      @QueryParam("breakdown") String breakdown,
                      @QueryParam("timeframe") String timeframe,
                      @QueryParam("since") Long since,
                      @QueryParam("until") Long until,
                      @HeaderParam("Authorization") String authorization,
                      @QueryParam("appsecret_proof") String proof);
}
