package io.igstudio.insights;

import io.igstudio.accounts.AccountAccess;
import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.graph.GraphCache;
import io.igstudio.graph.GraphClient;
import io.igstudio.graph.GraphException;
import io.igstudio.graph.GraphUsage;
import io.igstudio.graph.Insight;
import io.igstudio.graph.InsightQuery;
import io.igstudio.graph.InsightsClient;
import io.igstudio.graph.MediaItem;
import io.igstudio.graph.MediaPage;
import io.igstudio.graph.MetaPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Posts' insights: one post's metrics for its page, and the top posts table of an account for a range (the posts
 * of the account's latest media page, cached like the account page, plus older ones IG Studio's history knows).
 */
@ApplicationScoped
public class PostMetrics {

    /** Top posts read at most this many posts' insights from Meta per view (cached afterwards). */
    static final int MAX_READ = 24;

    /** Top posts page back through at most this many pages of media (as a grid filter does). */
    static final int MAX_PAGES = 12;

    @Inject
    InstagramAccounts accounts;

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

    int version() {
        return MetricCatalogue.version(meta.apiVersion());
    }

    /** The insights of one post (the media page already read the post; ownership is checked again here). */
    public PostInsights forPost(String userId, String accountId, MediaItem post) {
        var opened = accounts.open(userId, accountId);
        InsightReads reads = new InsightReads(opened.access(), client, cache, GraphUsage.Urgency.INTERACTIVE);
        if (!opened.view().permissions().contains("instagram_manage_insights")) {
            reads.withoutPermission(); // known from the stored grant: no call that Meta would refuse
        }
        return read(reads, post.id(), post.productType());
    }

    static PostInsights read(InsightReads reads, String mediaId, String productType, int version) {
        String type = productType == null ? "FEED" : productType;
        Map<String, Long> values = new LinkedHashMap<>();
        Map<String, Long> navigation = new LinkedHashMap<>();
        for (InsightQuery q : MetricCatalogue.media(type, version)) {
            List<Insight> answer = reads.read(mediaId, q);
            if (answer == null) {
                break;
            }
            for (Insight i : answer) {
                if (q.breakdown() != null) {
                    navigation.putAll(i.breakdown());
                } else if (i.value() != null) {
                    values.put(i.name(), i.value());
                }
            }
        }
        List<PostInsights.Value> shown = new ArrayList<>();
        for (MetricCatalogue.Metric m : MetricCatalogue.forMedia(type, version)) {
            Long v = values.get(m.name());
            shown.add(new PostInsights.Value(m.name(), m.label(), v, PostInsights.format(m.name(), v)));
        }
        return new PostInsights(type, shown, navigation, reads.notice);
    }

    private PostInsights read(InsightReads reads, String mediaId, String productType) {
        return read(reads, mediaId, productType, version());
    }

    /** The account's posts published in the range, with their metrics, sorted by {@code sort} (highest first). */
    public TopPosts top(String userId, String accountId, InsightRange range, String sort) {
        var opened = accounts.open(userId, accountId);
        AccountAccess access = opened.access();
        String by = sort != null && TopPosts.COLUMNS.contains(sort) ? sort : "reach";
        InsightReads reads = new InsightReads(access, client, cache, GraphUsage.Urgency.INTERACTIVE);
        List<TopPosts.Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String notice = null;
        int scanned = 0;
        boolean capped = false;
        try {
            MediaPage page = cache.read(access.accountId(), "overview",
                    () -> graph.overview(access.igUserId(), access.userToken())).value().media();
            // newest first: page back (cached like the grid) until a post older than the range shows
            for (int pages = 1; ; pages++) {
                scanned += page.items().size();
                boolean reachedOlder = false;
                for (MediaItem item : page.items()) {
                    if (item.timestamp() == null || !item.timestamp().isBefore(range.until())) {
                        continue;
                    }
                    if (item.timestamp().isBefore(range.since())) {
                        reachedOlder = true;
                        continue;
                    }
                    if (rows.size() >= MAX_READ) {
                        capped = true;
                        continue;
                    }
                    seen.add(item.id());
                    rows.add(row(reads, item));
                }
                String after = page.nextCursor();
                if (reachedOlder || capped || after == null) {
                    break;
                }
                if (pages >= MAX_PAGES) {
                    notice = "IG Studio looked through the " + scanned + " most recent posts; older posts of this range"
                            + " are not shown.";
                    break;
                }
                try {
                    page = cache.read(access.accountId(), "media:" + after,
                            () -> graph.media(access.igUserId(), access.userToken(), after)).value();
                } catch (GraphException.RateLimited | GraphException.Transient e) {
                    notice = "IG Studio stopped looking further back for now: Meta asks it to slow down or could not"
                            + " be reached.";
                    break;
                }
            }
        } catch (GraphException e) {
            notice = "Meta could not list this account's posts just now (error " + e.code() + ").";
        }
        if (capped && notice == null) {
            notice = "This range has more posts than one view reads insights for: the " + MAX_READ
                    + " most recent ones are shown. Choose a shorter range to see the others.";
        }
        for (InsightHistory.MediaFigures stored : history.media(access.accountId(), range.since(), range.until())) {
            if (seen.add(stored.mediaId()) && !"STORY".equals(stored.productType())) {
                rows.add(new TopPosts.Row(stored.mediaId(), "REELS".equals(stored.productType()) ? "reel" : "post",
                        stored.productType(), null, stored.postedAt(), stored.metrics()));
            }
        }
        rows.sort(Comparator.comparing((TopPosts.Row r) -> r.metrics().get(by),
                Comparator.nullsLast(Comparator.reverseOrder())));
        return new TopPosts(opened.view(), range, by, rows, notice != null ? notice : reads.notice, scanned);
    }

    private TopPosts.Row row(InsightReads reads, MediaItem item) {
        PostInsights insights = read(reads, item.id(), item.productType());
        Map<String, Long> metrics = new LinkedHashMap<>();
        insights.values().forEach(v -> {
            if (v.value() != null) {
                metrics.put(v.metric(), v.value());
            }
        });
        return new TopPosts.Row(item.id(), item.kind(), item.productType(), item.previewUrl(), item.timestamp(), metrics);
    }

    /** The table as CSV, in the order shown. */
    public String csv(TopPosts top) {
        StringBuilder csv = new StringBuilder("media_id,type,published");
        TopPosts.COLUMNS.forEach(c -> csv.append(',').append(c));
        csv.append("\r\n");
        for (TopPosts.Row row : top.rows()) {
            csv.append(row.mediaId()).append(',').append(row.kind()).append(',')
                    .append(row.timestamp() == null ? "" : row.timestamp().toString());
            TopPosts.COLUMNS.forEach(c -> {
                Long v = row.metrics().get(c);
                csv.append(',').append(v == null ? "" : v.toString());
            });
            csv.append("\r\n");
        }
        return csv.toString();
    }
}
