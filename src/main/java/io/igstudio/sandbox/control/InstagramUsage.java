package io.igstudio.sandbox.control;

import io.igstudio.shared.infra.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each sandbox Instagram account's rolling hour of Graph calls, against a budget small enough for a demo
 * to reach ({@code igstudio.sandbox.calls-per-hour}, 200 by default), and the {@code X-Business-Use-Case-Usage}
 * header that reports it (https://developers.facebook.com/docs/graph-api/overview/rate-limiting). Kept in
 * memory: a restart starts a fresh hour, as waiting an hour would.
 */
@ApplicationScoped
public class InstagramUsage {

    @Inject
    @ConfigProperty(name = "igstudio.sandbox.calls-per-hour", defaultValue = "200")
    int callsPerHour;

    private final Map<String, UsageWindow> windows = new ConcurrentHashMap<>();

    UsageWindow.Usage admit(String igUserId, Instant now) {
        UsageWindow window = window(igUserId);
        synchronized (window) {
            return window.admit(now, callsPerHour);
        }
    }

    public UsageWindow.Usage peek(String igUserId, Instant now) {
        UsageWindow window = window(igUserId);
        synchronized (window) {
            return window.peek(now, callsPerHour);
        }
    }

    public void reset() {
        windows.values().forEach(w -> {
            synchronized (w) {
                w.clear();
            }
        });
    }

    public int callsPerHour() {
        return callsPerHour;
    }

    /** {@code {"<ig-user-id>":[{"type":"instagram","call_count":N,...,"estimated_time_to_regain_access":M}]}}. */
    static String header(String igUserId, UsageWindow.Usage usage, int regainMinutes) {
        return Jsons.createObjectBuilder().add(igUserId, Jsons.createArrayBuilder().add(Jsons.createObjectBuilder()
                .add("type", "instagram")
                .add("call_count", usage.callCountPercent())
                .add("total_cputime", usage.cpuTimePercent())
                .add("total_time", usage.totalTimePercent())
                .add("estimated_time_to_regain_access", regainMinutes))).build().toString();
    }

    private UsageWindow window(String igUserId) {
        return windows.computeIfAbsent(igUserId, id -> new UsageWindow());
    }
}
