package io.igstudio.graph;

import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * Reads Meta's rate-limit headers. {@code X-Business-Use-Case-Usage} is JSON keyed by business id, each
 * entry a list of {@code {"type","call_count","total_cputime","total_time","estimated_time_to_regain_access"}}
 * (minutes); {@code X-App-Usage} has {@code call_count}, {@code total_cputime}, {@code total_time} (percent).
 * https://developers.facebook.com/docs/graph-api/overview/rate-limiting
 */
public final class UsageHeaders {

    public static final String APP = "X-App-Usage";
    public static final String BUSINESS_USE_CASE = "X-Business-Use-Case-Usage";

    private UsageHeaders() {
    }

    /** Seconds until Meta lets the caller in again, 0 when the header does not say. */
    public static long retryAfterSeconds(String businessUseCaseHeader) {
        JsonObject usage = parse(businessUseCaseHeader);
        long minutes = 0;
        if (usage != null) {
            for (JsonValue entries : usage.values()) {
                if (entries instanceof JsonArray list) {
                    for (JsonValue entry : list) {
                        if (entry instanceof JsonObject o) {
                            minutes = Math.max(minutes, o.getJsonNumber("estimated_time_to_regain_access") == null
                                    ? 0 : o.getJsonNumber("estimated_time_to_regain_access").longValue());
                        }
                    }
                }
            }
        }
        return minutes * 60;
    }

    /** The highest percentage (call_count, total_cputime, total_time) over all entries of the header. */
    public static int businessUseCasePercent(String businessUseCaseHeader) {
        JsonObject usage = parse(businessUseCaseHeader);
        int max = 0;
        if (usage != null) {
            for (JsonValue entries : usage.values()) {
                if (entries instanceof JsonArray list) {
                    for (JsonValue entry : list) {
                        if (entry instanceof JsonObject o) {
                            max = Math.max(max, highest(o));
                        }
                    }
                }
            }
        }
        return max;
    }

    /** The highest of call_count, total_cputime and total_time in {@code X-App-Usage}, in percent. */
    public static int appUsagePercent(String appUsageHeader) {
        JsonObject usage = parse(appUsageHeader);
        return usage == null ? 0 : highest(usage);
    }

    private static int highest(JsonObject usage) {
        int max = 0;
        for (String key : new String[] {"call_count", "total_cputime", "total_time"}) {
            if (usage.getJsonNumber(key) != null) {
                max = Math.max(max, usage.getJsonNumber(key).intValue());
            }
        }
        return max;
    }

    private static JsonObject parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try (var reader = Jsons.createReader(new StringReader(header))) {
            return reader.readObject();
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}
