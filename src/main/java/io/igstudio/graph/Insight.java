package io.igstudio.graph;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One metric as Meta answered it: a time series ({@code values} with {@code end_time}), a total
 * ({@code total_value.value}) and, when asked, one breakdown's results. An empty series or a missing total is
 * Meta's "no data", which is not zero.
 *
 * @param total null when Meta sent no total
 * @param breakdown key to value (for example age range to people), in Meta's order; empty when none
 */
public record Insight(String name, String period, String title, List<Point> values, Long total,
                      Map<String, Long> breakdown) {

    /** One day's value; {@code endTime} is the end of the day it counts. */
    public record Point(Instant endTime, long value) {
    }

    /** The total if Meta sent one, else the lifetime value ({@code values[0]} without end_time). */
    public Long value() {
        if (total != null) {
            return total;
        }
        return values.size() == 1 && values.get(0).endTime() == null ? values.get(0).value() : null;
    }
}
