package io.igstudio.insights;

import io.igstudio.accounts.AccountAccess;
import io.igstudio.graph.GraphCache;
import io.igstudio.graph.GraphException;
import io.igstudio.graph.GraphUsage;
import io.igstudio.graph.Insight;
import io.igstudio.graph.InsightQuery;
import io.igstudio.graph.InsightsClient;
import java.util.List;

/**
 * The reads of one page or one snapshot: each insights call through the cache, Meta's refusals turned into one
 * sentence for the page instead of an error, and no further calls once Meta said the permission is missing or the
 * token is gone. Not a bean: one per page view.
 */
final class InsightReads {

    /** Meta's "(#10) Not enough viewers", kept in the cache as this one instance. */
    private static final List<Insight> NOT_ENOUGH_VIEWERS = java.util.Collections.unmodifiableList(new java.util.ArrayList<>());

    private final AccountAccess access;
    private final InsightsClient client;
    private final GraphCache cache;
    private final GraphUsage.Urgency urgency;
    String notice;
    boolean permissionMissing;
    boolean tokenInvalid;

    InsightReads(AccountAccess access, InsightsClient client, GraphCache cache, GraphUsage.Urgency urgency) {
        this.access = access;
        this.client = client;
        this.cache = cache;
        this.urgency = urgency;
    }

    /** The answer, or null when Meta could not or would not answer (the reason is kept in {@link #notice}). */
    List<Insight> read(String nodeId, InsightQuery query) {
        if (permissionMissing || tokenInvalid) {
            return null;
        }
        try {
            // "not enough viewers" is an answer too, cached like the others: a young post's page asks Meta once
            List<Insight> answer = cache.read(access.accountId(), "insights:" + nodeId + ":" + query.key(), () -> {
                try {
                    return client.read(access.igUserId(), access.userToken(), nodeId, query, urgency);
                } catch (GraphException.NotEnoughViewers e) {
                    return NOT_ENOUGH_VIEWERS;
                }
            }).value();
            if (answer != NOT_ENOUGH_VIEWERS) {
                return answer;
            }
            note("Not enough viewers yet: Meta shows a post's insights once enough people have seen it.");
        } catch (GraphException.MissingPermission e) {
            withoutPermission();
        } catch (GraphException.InvalidToken e) {
            tokenInvalid = true;
            note("Meta no longer accepts IG Studio's access to this account. Reconnect it to continue.");
        } catch (GraphException.RateLimited e) {
            note("Meta asks IG Studio to slow down for this account; some figures are missing. Fresh data in about "
                    + Math.max(1, e.retryAfterSeconds() / 60) + " min.");
        } catch (GraphException.Transient e) {
            note("Meta could not be reached just now; some figures are missing. Try again shortly.");
        } catch (GraphException e) {
            note("Meta refused some figures (error " + e.code() + "): " + e.getMessage());
        }
        return null;
    }

    /**
     * The insights permission is missing (Meta refused, or the stored grant lacks it): say so and ask Meta nothing
     * more, since it would refuse every read with code 10.
     */
    void withoutPermission() {
        permissionMissing = true;
        note("IG Studio may not read this account's insights: reconnect the account and allow \"View insights\""
                + " (instagram_manage_insights).");
    }

    private void note(String sentence) {
        if (notice == null) {
            notice = sentence;
        }
    }
}
