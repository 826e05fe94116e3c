package io.igstudio.insights;

import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * When the account's posts drew most engagement: from IG Studio's stored history, the average total interactions
 * of posts published in each weekday × hour (UTC), as a heat map, and the best slots as suggestions. Stories are
 * left out (they are not posted for the feed's audience).
 */
public record BestTime(List<List<Cell>> rows, List<String> suggestions, int posts) {

    /** One weekday × hour: how many posts, their average interactions, and a heat level 0–4 for the colour. */
    public record Cell(int posts, long average, int level) {
        public String title() {
            return posts == 0 ? "no posts" : posts + " post(s), " + average + " interactions on average";
        }
    }

    public static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    public List<String> days() {
        return DAYS;
    }

    public List<Integer> hours() {
        return java.util.stream.IntStream.range(0, 24).boxed().toList();
    }

    static BestTime of(List<InsightHistory.MediaFigures> media) {
        long[][] sum = new long[7][24];
        int[][] count = new int[7][24];
        int posts = 0;
        for (InsightHistory.MediaFigures m : media) {
            Long interactions = m.metrics().get("total_interactions");
            if (m.postedAt() == null || interactions == null || "STORY".equals(m.productType())) {
                continue;
            }
            var t = m.postedAt().atZone(ZoneOffset.UTC);
            sum[t.getDayOfWeek().getValue() - 1][t.getHour()] += interactions;
            count[t.getDayOfWeek().getValue() - 1][t.getHour()]++;
            posts++;
        }
        long max = 0;
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                if (count[d][h] > 0) {
                    max = Math.max(max, sum[d][h] / count[d][h]);
                }
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        record Slot(int day, int hour, long average) {
        }
        List<Slot> slots = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            List<Cell> row = new ArrayList<>();
            for (int h = 0; h < 24; h++) {
                long avg = count[d][h] == 0 ? 0 : sum[d][h] / count[d][h];
                int level = count[d][h] == 0 || max == 0 ? 0 : (int) Math.max(1, Math.min(4, Math.ceil(avg * 4.0 / max)));
                row.add(new Cell(count[d][h], avg, level));
                if (count[d][h] > 0) {
                    slots.add(new Slot(d, h, avg));
                }
            }
            rows.add(row);
        }
        List<String> suggestions = slots.stream().sorted(Comparator.comparingLong(Slot::average).reversed()).limit(3)
                .map(s -> DayOfWeek.of(s.day() + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + String.format("%02d:00", s.hour()) + " UTC").toList();
        return new BestTime(rows, suggestions, posts);
    }
}
