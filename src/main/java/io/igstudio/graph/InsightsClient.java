package io.igstudio.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The insights half of the Graph client: one typed call, {@link #read}, for account and media insights. Every
 * call passes {@link GraphClient#call} (rate-limit books, error mapping); interactive pages call it
 * {@link GraphUsage.Urgency#INTERACTIVE}, the daily snapshot {@link GraphUsage.Urgency#BACKGROUND}.
 */
@ApplicationScoped
public class InsightsClient {

    private static final DateTimeFormatter META_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    @Inject
    GraphClient graph;

    @Inject
    MetaPlatform meta;

    @Inject
    GraphApis apis;

    private volatile InsightsApi api;

    InsightsApi api() {
        if (api == null) {
            api = apis.build(InsightsApi.class, 30);
        }
        return api;
    }

    /**
     * {@code GET /{node}/insights} for an account ({@code nodeId} = {@code igUserId}) or one of its media.
     *
     * @param igUserId the account the call is booked against
     */
    @Retry(retryOn = GraphException.Transient.class, maxRetries = 2, delay = 400, jitter = 200)
    public List<Insight> read(String igUserId, String token, String nodeId, InsightQuery query,
                              GraphUsage.Urgency urgency) {
        GraphIds.segment(igUserId);
        GraphIds.segment(nodeId);
        JsonObject body = graph.call(igUserId, urgency, () -> api().insights(GraphIds.segment(nodeId),
                String.join(",", query.metrics()), query.period(), query.metricType(), query.breakdown(),
                query.timeframe(), query.since() == null ? null : query.since().getEpochSecond(),
                query.until() == null ? null : query.until().getEpochSecond(),
                "Bearer " + token, AppSecretProof.of(token, meta.appSecret())));
        return parse(body);
    }

    /** Meta's {@code {"data":[{name, period, values | total_value, title, ...}]}}; both shapes, old and new. */
    static List<Insight> parse(JsonObject body) {
        List<Insight> insights = new ArrayList<>();
        JsonArray data = body.getJsonArray("data");
        if (data == null) {
            return insights;
        }
        for (JsonValue item : data) {
            JsonObject o = item.asJsonObject();
            List<Insight.Point> points = new ArrayList<>();
            if (o.get("values") instanceof JsonArray values) {
                for (JsonValue v : values) {
                    JsonObject point = v.asJsonObject();
                    if (point.get("value") instanceof jakarta.json.JsonNumber n) {
                        String end = point.getString("end_time", null);
                        points.add(new Insight.Point(end == null ? null
                                : OffsetDateTime.parse(end, META_TIME).toInstant(), n.longValue()));
                    }
                }
            }
            Long total = null;
            Map<String, Long> breakdown = new LinkedHashMap<>();
            if (o.get("total_value") instanceof JsonObject tv) {
                if (tv.get("value") instanceof jakarta.json.JsonNumber n) {
                    total = n.longValue();
                }
                if (tv.get("breakdowns") instanceof JsonArray breakdowns && !breakdowns.isEmpty()) {
                    for (JsonValue r : breakdowns.getJsonObject(0).getJsonArray("results")) {
                        JsonObject result = r.asJsonObject();
                        breakdown.put(String.join(" / ", result.getJsonArray("dimension_values")
                                .getValuesAs(jakarta.json.JsonString::getString)), result.getJsonNumber("value").longValue());
                    }
                }
            }
            insights.add(new Insight(o.getString("name", ""), o.getString("period", ""), o.getString("title", ""),
                    List.copyOf(points), total, breakdown));
        }
        return insights;
    }
}
