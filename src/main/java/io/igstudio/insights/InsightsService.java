package io.igstudio.insights;

import io.igstudio.accounts.AccountAccess;
import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.graph.GraphCache;
import io.igstudio.graph.GraphUsage;
import io.igstudio.graph.Insight;
import io.igstudio.graph.InsightQuery;
import io.igstudio.graph.InsightsClient;
import io.igstudio.graph.MetaPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The insights feature's entry bean for the account page: totals against the previous period, daily series (Meta's
 * where it serves them, IG Studio's stored history elsewhere and beyond Meta's window), audience, the daily table and
 * its CSV. Meta is asked through {@link InsightReads} (cached per account, like every Graph read).
 */
@ApplicationScoped
public class InsightsService {

    @Inject
    InstagramAccounts accounts;

    @Inject
    InsightsClient client;

    @Inject
    GraphCache cache;

    @Inject
    MetaPlatform meta;

    @Inject
    InsightHistory history;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    int version() {
        return MetricCatalogue.version(meta.apiVersion());
    }

    public AccountInsights account(String userId, String accountId, InsightRange range) {
        var opened = accounts.open(userId, accountId);
        AccountAccess access = opened.access();
        InsightReads reads = new InsightReads(access, client, cache, GraphUsage.Urgency.INTERACTIVE);
        Map<String, Long> current = totals(reads, access, range);
        Map<String, Long> previous = totals(reads, access, range.previous());

        Map<LocalDate, Map<String, Long>> daily = new TreeMap<>();
        history.days(access.accountId(), range.from(), range.to()).forEach((d, v) -> daily.put(d, new HashMap<>(v)));
        Instant followerHorizon = clock.instant().minus(RangeWindows.MAX);
        for (RangeWindows.Window w : RangeWindows.split(range.since(), range.until())) {
            // Meta serves follower_count for the last 30 days only; older days come from the stored history
            boolean followersToo = !w.since().isBefore(followerHorizon);
            List<Insight> series = reads.read(access.igUserId(), MetricCatalogue.series(w.since(), w.until(), followersToo));
            mergeSeries(series, daily);
        }
        if (reads.permissionMissing) {
            return new AccountInsights(opened.view(), range, List.of(), List.of(), List.of(), reads.notice, true,
                    history.snapshotDays(access.accountId()), List.of(), null);
        }
        List<MetricTotal> totals = new ArrayList<>();
        for (MetricCatalogue.Metric m : MetricCatalogue.accountTotals(version())) {
            totals.add(new MetricTotal(m.name(), m.label(), current.get(m.name()), previous.get(m.name())));
        }
        totals.add(new MetricTotal("follows", "Follows", current.get("follows"), previous.get("follows")));
        totals.add(new MetricTotal("unfollows", "Unfollows", current.get("unfollows"), previous.get("unfollows")));

        List<AccountInsights.DailyRow> rows = dailyRows(range, daily, opened.view().followersCount());
        List<Chart> audience = new ArrayList<>();
        for (String breakdown : MetricCatalogue.AUDIENCE) {
            List<Insight> answer = reads.read(access.igUserId(), MetricCatalogue.audience(breakdown));
            Map<String, Long> split = answer == null || answer.isEmpty() ? Map.of() : answer.get(0).breakdown();
            audience.add(new Chart("audience-" + breakdown, "Followers by " + breakdown, "bar",
                    new ArrayList<>(split.keySet()), List.of(new Chart.Dataset("Followers", new ArrayList<>(split.values()))),
                    "Not enough data: Meta shows the audience of accounts with at least 100 followers."));
        }
        return new AccountInsights(opened.view(), range, totals, charts(rows), audience, reads.notice, false,
                history.snapshotDays(access.accountId()), rows,
                BestTime.of(history.media(access.accountId(), clock.instant().minus(java.time.Duration.ofDays(90)),
                        clock.instant())));
    }

    /** Totals over the range: one set of calls per 30-day window, summed. A metric no window reported stays null. */
    private Map<String, Long> totals(InsightReads reads, AccountAccess access, InsightRange range) {
        Map<String, Long> sums = new HashMap<>();
        for (RangeWindows.Window w : RangeWindows.split(range.since(), range.until())) {
            for (InsightQuery q : MetricCatalogue.totals(version(), w.since(), w.until(), true)) {
                List<Insight> answer = reads.read(access.igUserId(), q);
                if (answer == null) {
                    continue;
                }
                for (Insight i : answer) {
                    if (i.name().equals(MetricCatalogue.FOLLOWS)) {
                        add(sums, "follows", i.breakdown().get("FOLLOWER"));
                        add(sums, "unfollows", i.breakdown().get("NON_FOLLOWER"));
                    } else {
                        add(sums, i.name(), i.value());
                    }
                }
            }
        }
        return sums;
    }

    private static void add(Map<String, Long> sums, String metric, Long value) {
        if (value != null) {
            sums.merge(metric, value, Long::sum);
        }
    }

    /** Meta's daily values (reach, new followers) over the stored ones: Meta's late data completes earlier readings. */
    static void mergeSeries(List<Insight> series, Map<LocalDate, Map<String, Long>> daily) {
        if (series == null) {
            return;
        }
        for (Insight i : series) {
            for (Insight.Point p : i.values()) {
                if (p.endTime() != null) {
                    LocalDate day = LocalDate.ofInstant(p.endTime().minusSeconds(1), ZoneOffset.UTC);
                    daily.computeIfAbsent(day, d -> new HashMap<>()).put(i.name(), p.value());
                }
            }
        }
    }

    /**
     * One row per day of the range. Followers are counted back from today's follower count with each day's new
     * followers ({@code follower_count}): an estimate that ignores unfollows of days Meta has no figure for.
     */
    static List<AccountInsights.DailyRow> dailyRows(InsightRange range, Map<LocalDate, Map<String, Long>> daily,
                                                    long followersNow) {
        List<AccountInsights.DailyRow> rows = new ArrayList<>();
        List<LocalDate> dates = range.dates();
        Long running = followersNow;
        Map<LocalDate, Long> followers = new HashMap<>();
        LocalDate lastWithData = dates.stream().filter(d -> daily.containsKey(d)).reduce((a, b) -> b).orElse(null);
        for (int i = dates.size() - 1; i >= 0; i--) {
            LocalDate d = dates.get(i);
            Map<String, Long> v = daily.getOrDefault(d, Map.of());
            if (lastWithData != null && !d.isAfter(lastWithData) && running != null) {
                followers.put(d, running);
                Long fresh = v.get("follower_count");
                running = fresh == null ? null : running - fresh;
            }
        }
        for (LocalDate d : dates) {
            Map<String, Long> values = new LinkedHashMap<>(daily.getOrDefault(d, Map.of()));
            if (followers.containsKey(d)) {
                values.put("followers", followers.get(d));
            }
            rows.add(new AccountInsights.DailyRow(d, values));
        }
        return rows;
    }

    private static List<Chart> charts(List<AccountInsights.DailyRow> rows) {
        List<String> labels = rows.stream().map(r -> r.day().toString()).toList();
        String later = "Not enough data yet: IG Studio stores these daily figures from its first daily snapshot on.";
        String none = "Not enough data for this range: Meta has reported nothing yet (its figures arrive up to two days late).";
        return List.of(
                chart("chart-followers", "Followers", "line", labels, rows, List.of("followers"), none),
                chart("chart-new-followers", "New followers per day", "bar", labels, rows, List.of("follower_count"), none),
                chart("chart-reach", "Reach per day", "line", labels, rows, List.of("reach"), none),
                chart("chart-views", "Views per day", "line", labels, rows, List.of("views", "accounts_engaged"), later),
                chart("chart-interactions", "Interactions per day", "bar", labels, rows,
                        List.of("likes", "comments", "saves", "shares", "replies", "reposts"), later),
                chart("chart-follows", "Follows and unfollows per day", "bar", labels, rows,
                        List.of("follows", "unfollows", "profile_links_taps"), later));
    }

    private static Chart chart(String id, String title, String type, List<String> labels,
                               List<AccountInsights.DailyRow> rows, List<String> metrics, String empty) {
        List<Chart.Dataset> sets = new ArrayList<>();
        for (String m : metrics) {
            sets.add(new Chart.Dataset(MetricCatalogue.label(m), rows.stream().map(r -> r.values().get(m)).toList()));
        }
        return new Chart(id, title, type, labels, sets, empty);
    }

    /** The daily table as CSV: one header row, one row per day shown. */
    public String dailyCsv(AccountInsights page) {
        StringBuilder csv = new StringBuilder("date");
        AccountInsights.DAILY_COLUMNS.forEach(c -> csv.append(',').append(c));
        csv.append("\r\n");
        for (AccountInsights.DailyRow row : page.daily()) {
            csv.append(row.day());
            AccountInsights.DAILY_COLUMNS.forEach(c -> csv.append(',').append(row.text(c)));
            csv.append("\r\n");
        }
        return csv.toString();
    }
}
