package io.igstudio.insights;

/**
 * A metric's total over the range and over the previous period; {@code null} is "not enough data", never 0.
 */
public record MetricTotal(String metric, String label, Long value, Long previous) {

    public static final String NOT_ENOUGH = "Not enough data";

    public String valueText() {
        return value == null ? NOT_ENOUGH : String.format(java.util.Locale.ENGLISH, "%,d", value);
    }

    /** "+12.5 %", "−3.0 %", "no change", or an empty string when either side is unknown. */
    public String changeText() {
        if (value == null || previous == null) {
            return "";
        }
        if (previous == 0) {
            return value == 0 ? "no change" : "new";
        }
        double pct = (value - previous) * 100.0 / previous;
        if (Math.abs(pct) < 0.05) {
            return "no change";
        }
        return String.format(java.util.Locale.ENGLISH, "%s%.1f %%", pct > 0 ? "+" : "−", Math.abs(pct));
    }

    /** up, down or flat, for the colour. */
    public String trend() {
        if (value == null || previous == null || value.equals(previous)) {
            return "flat";
        }
        return value > previous ? "up" : "down";
    }
}
