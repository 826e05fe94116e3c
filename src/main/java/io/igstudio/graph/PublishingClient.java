package io.igstudio.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Form;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The publishing half of the Graph client: containers, their status, {@code media_publish}, the publishing
 * quota, resumable upload, deleting a post and switching its comments. Every call is
 * {@link GraphUsage.Urgency#PUBLISHING} in the rate-limit books and passes {@link GraphClient#call}.
 * Creating and publishing are never retried here: the pipeline decides, from the container's status, what
 * is safe to repeat.
 */
@ApplicationScoped
public class PublishingClient {

    /** Graph node ids are decimal; anything else never reaches Meta. */
    private static final Pattern NODE_ID = Pattern.compile("\\d{1,32}");
    static final String LIMIT_FIELDS = "config,quota_usage";
    static final String STATUS_FIELDS = "id,status_code,status";
    static final String PUBLISHED_FIELDS = "id,permalink";

    @Inject
    GraphClient graph;

    @Inject
    MetaPlatform meta;

    @Inject
    GraphApis apis;

    @Inject
    GraphUsage usage;

    @Inject
    MetricRegistry metrics;

    /** Meta's upload host for resumable uploads; the sandbox serves its own under its base URL. */
    @Inject
    @ConfigProperty(name = "igstudio.meta.upload-url", defaultValue = "https://rupload.facebook.com")
    String liveUploadUrl;

    private volatile PublishingApi api;
    private final HttpClient uploads = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    PublishingApi api() {
        if (api == null) {
            api = apis.build(PublishingApi.class, 60);
        }
        return api;
    }

    /** {@code POST /{ig-user-id}/media}: the new container's id. */
    public String createContainer(String igUserId, String token, ContainerSpec spec) {
        Form form = new Form();
        spec.parameters().forEach(form::param);
        JsonObject body = graph.call(id(igUserId), GraphUsage.Urgency.PUBLISHING,
                () -> api().createContainer(igUserId, form, bearer(token), proof(token)));
        return GraphPublishing.id(body);
    }

    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public ContainerStatus status(String igUserId, String token, String containerId) {
        id(containerId);
        return GraphPublishing.status(graph.call(id(igUserId), GraphUsage.Urgency.PUBLISHING,
                () -> api().node(containerId, GraphClient.fields(STATUS_FIELDS), bearer(token), proof(token))));
    }

    /** {@code POST /{ig-user-id}/media_publish?creation_id=}: the new media's id. */
    public String publish(String igUserId, String token, String containerId) {
        Form form = new Form().param("creation_id", id(containerId));
        return GraphPublishing.id(graph.call(id(igUserId), GraphUsage.Urgency.PUBLISHING,
                () -> api().publish(igUserId, form, bearer(token), proof(token))));
    }

    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public PublishingLimit publishingLimit(String igUserId, String token) {
        return GraphPublishing.limit(graph.call(id(igUserId), GraphUsage.Urgency.PUBLISHING,
                () -> api().publishingLimit(igUserId, LIMIT_FIELDS, bearer(token), proof(token))));
    }

    /** The published media's permalink (one call, after publishing). */
    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public PublishedMedia published(String igUserId, String token, String mediaId) {
        id(mediaId);
        return GraphPublishing.published(graph.call(id(igUserId), GraphUsage.Urgency.PUBLISHING,
                () -> api().node(mediaId, PUBLISHED_FIELDS, bearer(token), proof(token))));
    }

    /** {@code DELETE /{ig-media-id}} (permission {@code instagram_manage_contents}, since December 2025). */
    public void delete(String igUserId, String token, String mediaId) {
        id(mediaId);
        graph.call(id(igUserId), GraphUsage.Urgency.PUBLISHING,
                () -> api().delete(mediaId, bearer(token), proof(token)));
    }

    /** {@code POST /{ig-media-id}?comment_enabled=true|false}. */
    public void commentsEnabled(String igUserId, String token, String mediaId, boolean enabled) {
        Form form = new Form().param("comment_enabled", Boolean.toString(enabled));
        id(mediaId);
        graph.call(id(igUserId), GraphUsage.Urgency.PUBLISHING,
                () -> api().update(mediaId, form, bearer(token), proof(token)));
    }

    /**
     * Resumable upload of a video's bytes to Meta's upload host: {@code POST {host}/ig-api-upload/{version}/{container}}
     * with {@code Authorization: OAuth <token>}, {@code offset} and {@code file_size}
     * (https://developers.facebook.com/docs/instagram-platform/content-publishing/resumable-uploads).
     * The URI is built from our configured host, not taken from Meta's answer, so the token only goes
     * where the operator said. Streams the file (no copy in memory).
     */
    public void upload(String igUserId, String token, String containerId, Path file) {
        id(containerId);
        usage.admit(id(igUserId), GraphUsage.Urgency.PUBLISHING);
        metrics.counter("igstudio_graph_calls").inc();
        try {
            long size = java.nio.file.Files.size(file);
            HttpRequest request = HttpRequest.newBuilder(URI.create(uploadBase() + "/ig-api-upload/"
                            + meta.apiVersion() + "/" + containerId))
                    .timeout(Duration.ofMinutes(10))
                    .header("Authorization", "OAuth " + token)
                    .header("offset", "0")
                    .header("file_size", Long.toString(size))
                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                    .build();
            HttpResponse<String> response = uploads.send(request, HttpResponse.BodyHandlers.ofString());
            String buc = response.headers().firstValue(UsageHeaders.BUSINESS_USE_CASE).orElse(null);
            JsonObject body = parse(response.body());
            GraphException error = response.statusCode() >= 400 ? GraphErrors.from(response.statusCode(), body,
                    UsageHeaders.retryAfterSeconds(buc)) : null;
            usage.recorded(igUserId, response.headers().firstValue(UsageHeaders.APP).orElse(null), buc,
                    error instanceof GraphException.RateLimited limited ? limited.retryAfterSeconds() : 0);
            if (error != null) {
                throw error;
            }
            if (body == null || !body.getBoolean("success", false)) {
                throw new GraphException.Transient(response.statusCode(), 0, null, "The upload was not confirmed", null);
            }
        } catch (IOException e) {
            throw new GraphException.Transient(0, 0, null, "Meta's upload host could not be reached: "
                    + e.getClass().getSimpleName(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphException.Transient(0, 0, null, "The upload was interrupted", null);
        }
    }

    String uploadBase() {
        String base = meta.isSandbox() ? meta.baseUrl() + MetaPlatform.SANDBOX_PATH + "/rupload" : liveUploadUrl;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static String id(String nodeId) {
        if (nodeId == null || !NODE_ID.matcher(nodeId).matches()) {
            throw new IllegalArgumentException("Not a Graph node id");
        }
        return nodeId;
    }

    private static JsonObject parse(String text) {
        try (var reader = Jsons.createReader(new StringReader(text == null ? "" : text))) {
            return reader.readObject();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private String proof(String token) {
        return AppSecretProof.of(token, meta.appSecret());
    }

}
