package io.igstudio.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The 24-hour usage chart as server-rendered SVG: one polyline per series (the app and the accounts), x in
 * time, y in percent of Meta's limit. No chart library and no script; CSP-safe (colours come from CSS classes).
 */
public record UsageChart(List<Line> lines, int width, int height) {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 200;

    /** One series: its label, its SVG points, its latest and highest value, a CSS class for its colour. */
    public record Line(String label, String points, int latest, int highest, String css) {
    }

    static UsageChart of(Map<String, List<UsageSample>> series, Map<String, String> labels, Instant now) {
        Instant start = now.minus(Duration.ofHours(24));
        List<Line> lines = new ArrayList<>();
        int index = 0;
        for (var entry : series.entrySet()) {
            List<UsageSample> samples = entry.getValue();
            String label = entry.getKey().isEmpty() ? "App (X-App-Usage)"
                    : "@" + labels.getOrDefault(entry.getKey(), entry.getKey());
            int latest = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).getUsagePercent();
            int highest = samples.stream().mapToInt(UsageSample::getUsagePercent).max().orElse(0);
            List<String> points = new ArrayList<>();
            Integer previous = null;
            for (UsageSample s : samples) {
                double x = x(s.getSampledAt(), start);
                if (previous != null) {
                    points.add(point(x, previous)); // a step: the value held until this sample
                }
                points.add(point(x, s.getUsagePercent()));
                previous = s.getUsagePercent();
            }
            if (previous != null) {
                points.add(point(WIDTH, previous));
            }
            lines.add(new Line(label, String.join(" ", points), latest, highest,
                    entry.getKey().isEmpty() ? "usage-line usage-app" : "usage-line usage-account-" + (index++ % 6)));
        }
        return new UsageChart(lines, WIDTH, HEIGHT);
    }

    private static double x(Instant at, Instant start) {
        double share = Duration.between(start, at).toMillis() / (double) Duration.ofHours(24).toMillis();
        return Math.max(0, Math.min(1, share)) * WIDTH;
    }

    private static String point(double x, int percent) {
        double y = HEIGHT - Math.max(0, Math.min(100, percent)) * HEIGHT / 100.0;
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }

    public String summary() {
        return lines.stream().map(l -> l.label() + " " + l.latest() + " %").collect(Collectors.joining(", "));
    }
}
