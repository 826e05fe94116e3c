package io.igstudio.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

/**
 * The one Graph API client. Features call typed methods and receive our own records; nothing else
 * builds Graph URLs. Transient failures are retried a bounded number of times (MicroProfile Fault
 * Tolerance); every other error arrives as a typed {@link GraphException}.
 */
@ApplicationScoped
public class GraphClient {

    static final String PAGE_FIELDS = "id,name,instagram_business_account"
            + "{id,username,name,profile_picture_url,followers_count,media_count}";
    /**
     * The largest page Meta serves on /me/accounts (its pagination guide, https://developers.facebook.com/docs/graph-api/results;
     * larger limits are refused or cut to 100, e.g. kern/fb_scrape#2), so most people cost one call.
     */
    static final int PAGE_SIZE = 100;
    static final String MEDIA_FIELDS = "id,media_type,media_product_type,media_url,thumbnail_url,permalink,caption,"
            + "timestamp,like_count,comments_count";
    public static final int GRID_SIZE = 24;
    /** Profile, first page of media and active stories in one call (field expansion). */
    static final String OVERVIEW_FIELDS = "id,username,name,biography,website,profile_picture_url,followers_count,"
            + "follows_count,media_count,media.limit(" + GRID_SIZE + "){" + MEDIA_FIELDS + "},"
            + "stories{id,media_type,media_product_type,media_url,thumbnail_url,permalink,timestamp}";
    static final String POST_FIELDS = MEDIA_FIELDS + ",children{id,media_type,media_url,thumbnail_url}";
    /** A person rarely manages more; the bound keeps a broken paging cursor from looping forever. */
    static final int MAX_PAGES = 40;

    @Inject
    MetaPlatform meta;

    @Inject
    GraphApis apis;

    @Inject
    GraphUsage usage;

    /** Every HTTP call to Meta, retries included; read by tests and operators at /metrics. */
    @Inject
    @Metric(name = "igstudio_graph_calls", absolute = true, description = "HTTP calls made to the Graph API")
    Counter calls;

    private volatile GraphApi api;

    GraphApi api() {
        if (api == null) {
            api = apis.build(GraphApi.class, 30);
        }
        return api;
    }

    /** Short-lived (or long-lived) user token in, fresh long-lived token (about 60 days) out. */
    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public AccessToken exchangeForLongLived(String userToken) {
        JsonObject body = json(() -> api().exchangeToken("fb_exchange_token", meta.appId(), meta.appSecret(),
                userToken));
        return GraphParsing.accessToken(body);
    }

    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public Permissions permissions(String userToken) {
        return GraphParsing.permissions(json(() -> api().permissions(bearer(userToken), proof(userToken))));
    }

    /** Every Page of the person with its linked Instagram account, following Meta's cursor paging. */
    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public List<FacebookPage> pages(String userToken) {
        List<FacebookPage> pages = new ArrayList<>();
        String after = null;
        for (int i = 0; i < MAX_PAGES; i++) {
            String cursor = after;
            JsonObject body = json(() -> api().pages(fields(PAGE_FIELDS), PAGE_SIZE, cursor, bearer(userToken),
                    proof(userToken)));
            pages.addAll(GraphParsing.pages(body));
            after = GraphParsing.nextCursor(body).orElse(null);
            if (after == null) {
                break;
            }
        }
        return pages;
    }

    /** Meta's facts about a stored user token: validity, expiry, data access expiry and current scopes. */
    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public TokenFacts debugToken(String userToken) {
        return GraphParsing.tokenFacts(json(() -> api().debugToken(userToken, bearer(meta.appId() + "|" + meta.appSecret()))));
    }

    /** Revokes every permission the person gave the app ({@code DELETE /me/permissions}). */
    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public void revokePermissions(String userToken) {
        json(() -> api().revokePermissions(bearer(userToken), proof(userToken)));
    }

    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public AccountOverview overview(String igUserId, String userToken) {
        GraphIds.segment(igUserId);
        return GraphParsing.overview(call(igUserId, GraphUsage.Urgency.INTERACTIVE,
                () -> api().node(GraphIds.segment(igUserId), fields(OVERVIEW_FIELDS), bearer(userToken), proof(userToken))));
    }

    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public MediaPage media(String igUserId, String userToken, String after) {
        GraphIds.segment(igUserId);
        return GraphParsing.mediaPage(call(igUserId, GraphUsage.Urgency.INTERACTIVE,
                () -> api().media(GraphIds.segment(igUserId), fields(MEDIA_FIELDS), GRID_SIZE, after, bearer(userToken), proof(userToken))));
    }

    /** A post with its carousel children. */
    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public MediaItem post(String igUserId, String mediaId, String userToken) {
        GraphIds.segment(igUserId);
        GraphIds.segment(mediaId);
        return GraphParsing.mediaItem(call(igUserId, GraphUsage.Urgency.INTERACTIVE,
                () -> api().node(GraphIds.segment(mediaId), fields(POST_FIELDS), bearer(userToken), proof(userToken))));
    }

    private JsonObject json(Supplier<Response> call) {
        return call(null, GraphUsage.Urgency.INTERACTIVE, call);
    }

    /**
     * Every Graph call passes here: the rate-limit books are asked first and told after, and Meta's error
     * object becomes a typed {@link GraphException}.
     *
     * @param igUserId the Instagram account the call is made for, or {@code null} for user-level calls
     */
    JsonObject call(String igUserId, GraphUsage.Urgency urgency, Supplier<Response> call) {
        usage.admit(igUserId, urgency);
        calls.inc();
        try (Response response = call.get()) {
            JsonObject body = readJson(response);
            String buc = response.getHeaderString(UsageHeaders.BUSINESS_USE_CASE);
            GraphException error = response.getStatus() >= 400
                    ? GraphErrors.from(response.getStatus(), body, UsageHeaders.retryAfterSeconds(buc)) : null;
            usage.recorded(igUserId, response.getHeaderString(UsageHeaders.APP), buc,
                    error instanceof GraphException.RateLimited limited ? limited.retryAfterSeconds() : 0);
            if (error != null) {
                throw error;
            }
            if (body == null) {
                throw new GraphException.Transient(response.getStatus(), 0, null, "Meta's answer was not JSON", null);
            }
            return body;
        } catch (ProcessingException e) {
            throw new GraphException.Transient(0, 0, null, "Meta could not be reached: "
                    + e.getClass().getSimpleName(), null);
        }
    }

    private static JsonObject readJson(Response response) {
        try {
            return response.readEntity(JsonObject.class);
        } catch (RuntimeException notJson) {
            // a proxy's HTML error page, for example: the status alone decides
            return null;
        }
    }

    /**
     * Field expansion uses braces ({@code children{id}}), which Jersey's client would read as URI template
     * variables; sent percent-encoded they reach Meta unchanged.
     */
    static String fields(String fields) {
        return fields.replace("{", "%7B").replace("}", "%7D");
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private String proof(String token) {
        return AppSecretProof.of(token, meta.appSecret());
    }

    static Duration seconds(long seconds) {
        return seconds > 0 ? Duration.ofSeconds(seconds) : null;
    }
}
