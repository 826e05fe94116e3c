package io.igstudio.insights;

import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * One chart for static/js/insights.js: its kind (line or bar), labels, datasets (a null value is a gap: no data,
 * never 0), and what to say instead when there is nothing to draw.
 */
public record Chart(String id, String title, String type, List<String> labels, List<Dataset> datasets,
                    String emptyText) {

    public record Dataset(String label, List<Long> values) {
    }

    /** True when at least one value is known. */
    public boolean hasData() {
        return datasets.stream().anyMatch(d -> d.values().stream().anyMatch(v -> v != null));
    }

    /** How many points the chart draws (its labels). */
    public int points() {
        return labels.size();
    }

    /** The data-chart attribute: {@code {"type","labels":[..],"datasets":[{"label","data":[..]}]}}. */
    public String json() {
        JsonArrayBuilder l = Jsons.createArrayBuilder();
        labels.forEach(l::add);
        JsonArrayBuilder ds = Jsons.createArrayBuilder();
        for (Dataset d : datasets) {
            JsonArrayBuilder values = Jsons.createArrayBuilder();
            d.values().forEach(v -> {
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(v);
                }
            });
            ds.add(Jsons.createObjectBuilder().add("label", d.label()).add("data", values));
        }
        JsonObjectBuilder o = Jsons.createObjectBuilder().add("type", type).add("title", title).add("labels", l)
                .add("datasets", ds);
        return o.build().toString();
    }
}
