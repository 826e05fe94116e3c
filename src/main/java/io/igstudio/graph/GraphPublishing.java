package io.igstudio.graph;

import jakarta.json.JsonObject;
import java.time.Duration;

/** Reads Meta's publishing answers into our records; pure functions, tested against recorded responses. */
final class GraphPublishing {

    private GraphPublishing() {
    }

    static String id(JsonObject body) {
        String id = body.getString("id", null);
        if (id == null || id.isBlank()) {
            throw new GraphException(200, 0, null, "Meta's answer has no id", null);
        }
        return id;
    }

    static ContainerStatus status(JsonObject body) {
        return new ContainerStatus(body.getString("id", null), ContainerStatus.code(body.getString("status_code", null)),
                body.getString("status", null));
    }

    /** {@code {"data":[{"quota_usage":0,"config":{"quota_total":25,"quota_duration":86400}}]}}. */
    static PublishingLimit limit(JsonObject body) {
        JsonObject entry = body.containsKey("data") && !body.getJsonArray("data").isEmpty()
                ? body.getJsonArray("data").getJsonObject(0) : body;
        JsonObject config = entry.getJsonObject("config");
        if (config == null || !config.containsKey("quota_total")) {
            throw new GraphException(200, 0, null, "Meta's publishing limit has no config.quota_total", null);
        }
        return new PublishingLimit(entry.getInt("quota_usage", 0), config.getInt("quota_total"),
                Duration.ofSeconds(config.getInt("quota_duration", 86_400)));
    }

    static PublishedMedia published(JsonObject body) {
        return new PublishedMedia(id(body), body.getString("permalink", null));
    }
}
