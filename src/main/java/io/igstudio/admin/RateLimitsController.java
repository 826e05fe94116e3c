package io.igstudio.admin;

import io.igstudio.graph.GraphUsage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Meta's usage over the last 24 hours, the accounts closest to their limits, and IG Studio's own budget. */
@Controller
@RequestScoped
@Path("admin/rate-limits")
public class RateLimitsController {

    @Inject
    UsageHistory history;

    @Inject
    AccountsAdmin accounts;

    @Inject
    GraphUsage usage;

    @Inject
    Clock clock;

    @Inject
    Models models;

    @GET
    public String show() {
        List<AccountRow> all = accounts.all();
        Map<String, String> labels = new HashMap<>();
        all.forEach(a -> labels.put(a.igUserId(), a.username()));
        models.put("chart", UsageChart.of(history.lastDay(), labels, clock.instant()));
        models.put("closest", all.stream()
                .sorted(Comparator.comparingDouble((AccountRow a) -> Math.max(a.usagePercent(),
                        100.0 * a.callsLastHour() / Math.max(1, a.callsPerHour()))).reversed())
                .limit(10).toList());
        models.put("appPercent", usage.appPercent());
        models.put("appCalls", usage.appCallsLastHour());
        models.put("callsPerHour", usage.callsPerHour());
        models.put("slowDownPercent", usage.slowDownPercent());
        return "admin/rate-limits.html";
    }
}
