package io.igstudio.insights;

import io.igstudio.accounts.AccountAccess;
import io.igstudio.graph.AccountOverview;
import io.igstudio.graph.GraphCache;
import io.igstudio.graph.GraphClient;
import io.igstudio.graph.GraphException;
import io.igstudio.graph.GraphUsage;
import io.igstudio.graph.Insight;
import io.igstudio.graph.InsightQuery;
import io.igstudio.graph.InsightsClient;
import io.igstudio.graph.MediaItem;
import io.igstudio.graph.MetaPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
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
 * The daily snapshot of one account: its daily figures of the last days (Meta's data arrives up to 48 hours late,
 * so the last two days are read again and replace what an earlier snapshot stored), the insights of posts of the
 * last week and of its active stories. Meta is read first, at {@link GraphUsage.Urgency#BACKGROUND} (it yields to
 * people's pages in the rate-limit books), then everything is stored in one transaction keyed by account and day.
 * Stories are also read on their own, more often, so their numbers are kept before they expire after 24 hours.
 */
@ApplicationScoped
public class Snapshots {

    /** Posts younger than this are read again every day (their numbers still grow). */
    static final Duration RECENT = Duration.ofDays(7);
    static final int MAX_POSTS = 10;

    @Inject
    InsightsClient client;

    @Inject
    GraphClient graph;

    @Inject
    GraphCache cache;

    @Inject
    MetaPlatform meta;

    @Inject
    InsightHistory history;

    @Inject
    Clock clock;

    /** @return true when a snapshot was stored, false when today's was already there or Meta refused */
    public boolean daily(AccountAccess access) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (history.snapshotTaken(access.accountId(), today)) {
            return false;
        }
        InsightReads reads = new InsightReads(access, client, cache, GraphUsage.Urgency.BACKGROUND);
        int version = MetricCatalogue.version(meta.apiVersion());
        Map<LocalDate, Map<String, Long>> daily = new TreeMap<>();
        Instant until = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Insight> series = reads.read(access.igUserId(), MetricCatalogue.series(until.minus(Duration.ofDays(7)),
                until, true));
        InsightsService.mergeSeries(series, daily);
        for (int back = 1; back <= 2; back++) {
            LocalDate day = today.minusDays(back);
            Instant since = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            for (InsightQuery q : MetricCatalogue.totals(version, since, since.plus(Duration.ofDays(1)), true)) {
                List<Insight> answer = reads.read(access.igUserId(), q);
                if (answer == null) {
                    continue;
                }
                Map<String, Long> values = daily.computeIfAbsent(day, d -> new HashMap<>());
                for (Insight i : answer) {
                    if (i.name().equals(MetricCatalogue.FOLLOWS)) {
                        putIfKnown(values, "follows", i.breakdown().get("FOLLOWER"));
                        putIfKnown(values, "unfollows", i.breakdown().get("NON_FOLLOWER"));
                    } else {
                        putIfKnown(values, i.name(), i.value());
                    }
                }
            }
        }
        if (reads.permissionMissing || reads.tokenInvalid) {
            return false;
        }
        List<InsightHistory.MediaFigures> media = new ArrayList<>();
        AccountOverview overview = overview(access);
        if (overview != null) {
            for (MediaItem item : overview.media().items()) {
                if (item.timestamp() != null && item.timestamp().isAfter(now.minus(RECENT)) && media.size() < MAX_POSTS) {
                    figures(reads, item, version).ifPresent(media::add);
                }
            }
            media.addAll(stories(reads, overview, version));
        }
        daily.values().removeIf(Map::isEmpty);
        try {
            return history.storeSnapshot(access.accountId(), today, now, daily, media);
        } catch (RuntimeException concurrent) {
            // another instance stored today's snapshot first: the primary key refused the second
            return false;
        }
    }

    /** Reads the account's active stories and stores their figures for today (replacing today's earlier reading). */
    public int stories(AccountAccess access) {
        AccountOverview overview = overview(access);
        if (overview == null || overview.stories().isEmpty()) {
            return 0;
        }
        InsightReads reads = new InsightReads(access, client, cache, GraphUsage.Urgency.BACKGROUND);
        List<InsightHistory.MediaFigures> figures = stories(reads, overview, MetricCatalogue.version(meta.apiVersion()));
        history.storeMedia(access.accountId(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), figures);
        return figures.size();
    }

    private List<InsightHistory.MediaFigures> stories(InsightReads reads, AccountOverview overview, int version) {
        List<InsightHistory.MediaFigures> figures = new ArrayList<>();
        for (MediaItem story : overview.stories()) {
            figures(reads, story, version).ifPresent(figures::add);
        }
        return figures;
    }

    private static java.util.Optional<InsightHistory.MediaFigures> figures(InsightReads reads, MediaItem item,
                                                                           int version) {
        String type = item.productType() == null ? "FEED" : item.productType();
        PostInsights insights = PostMetrics.read(reads, item.id(), type, version);
        Map<String, Long> metrics = new LinkedHashMap<>();
        insights.values().forEach(v -> putIfKnown(metrics, v.metric(), v.value()));
        insights.navigation().forEach((k, v) -> metrics.put("navigation:" + k, v));
        return metrics.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new InsightHistory.MediaFigures(item.id(), type, item.timestamp(), metrics));
    }

    private AccountOverview overview(AccountAccess access) {
        try {
            return cache.read(access.accountId(), "overview", () -> graph.overview(access.igUserId(), access.userToken()))
                    .value();
        } catch (GraphException e) {
            return null;
        }
    }

    private static void putIfKnown(Map<String, Long> values, String metric, Long value) {
        if (value != null) {
            values.put(metric, value);
        }
    }
}
