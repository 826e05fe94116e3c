package io.igstudio.sandbox.graph;

import io.igstudio.shared.infra.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code X-App-Usage} header (https://developers.facebook.com/docs/graph-api/overview/rate-limiting):
 * percentages of the app's hourly allowance. The sandbox never throttles; it only counts calls per app in
 * a one-hour window so that clients see the number grow, 1 % per {@value #CALLS_PER_PERCENT} calls.
 */
@ApplicationScoped
public class AppUsage {

    static final int CALLS_PER_PERCENT = 20;
    private static final Duration WINDOW = Duration.ofHours(1);

    private record Window(Instant start, int calls) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Counts one call and answers the header value. */
    public String record(String appId) {
        Instant now = clock.instant();
        Window w = windows.compute(appId, (id, old) -> old == null || old.start().plus(WINDOW).isBefore(now)
                ? new Window(now, 1) : new Window(old.start(), old.calls() + 1));
        return header(w.calls());
    }

    static String header(int calls) {
        int callCount = Math.min(100, calls / CALLS_PER_PERCENT);
        return Jsons.createObjectBuilder()
                .add("call_count", callCount)
                .add("total_cputime", callCount / 2)
                .add("total_time", callCount / 2)
                .build().toString();
    }

    /** Every app's usage window back to empty, as at start. */
    public void forgetAll() {
        windows.clear();
    }
}
