package io.igstudio.media;

import io.igstudio.accounts.AccountAccess;
import io.igstudio.accounts.AccountView;
import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.graph.AccountOverview;
import io.igstudio.graph.GraphCache;
import io.igstudio.graph.GraphClient;
import io.igstudio.graph.GraphException;
import io.igstudio.graph.GraphUsage;
import io.igstudio.graph.MediaItem;
import io.igstudio.graph.MediaPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The media feature's entry bean: overview, grid pages, posts; cached, throttling-aware. */
@ApplicationScoped
public class MediaLibrary {

    static final Set<String> KINDS = Set.of("photo", "video", "carousel", "reel");
    /** A filtered "load more" reads at most this many Graph pages to find matching posts. */
    static final int MAX_PAGES_PER_LOAD = 4;

    @Inject
    InstagramAccounts accounts;

    @Inject
    GraphClient graph;

    @Inject
    GraphCache cache;

    @Inject
    GraphUsage usage;

    public OverviewPage overview(String userId, String accountId, String kind) {
        AccountView account = accounts.find(userId, accountId).orElseThrow(
                io.igstudio.accounts.AccountNotFoundException::new);
        AccountAccess access = accounts.access(userId, accountId);
        String filter = normalise(kind);
        try {
            var cached = cache.read(access.accountId(), "overview",
                    () -> graph.overview(access.igUserId(), access.userToken()));
            AccountOverview overview = cached.value();
            List<MediaItem> items = filter(overview.media().items(), filter);
            String next = overview.media().nextCursor();
            if (filter != null && items.size() < GraphClient.GRID_SIZE / 2 && next != null) {
                var more = grid(access, next, filter);
                items = concat(items, more.items());
                next = more.nextCursor();
            }
            return new OverviewPage(account, overview, items, next, filter, cached.notice(), false,
                    usage.of(access.igUserId()));
        } catch (GraphException.InvalidToken e) {
            accounts.markNeedsReconnect(userId, accountId);
            return unavailable(account, access, filter, "Meta no longer accepts IG Studio's access to this account"
                    + (e.expired() ? " (the token expired)" : "") + ". Reconnect it to continue.", true);
        } catch (GraphException.RateLimited e) {
            return unavailable(account, access, filter, "Meta asks IG Studio to slow down for this account. Try again in"
                    + " about " + Math.max(1, e.retryAfterSeconds() / 60) + " min.", false);
        } catch (GraphException.Transient e) {
            return unavailable(account, access, filter, "Meta could not be reached just now. Try again shortly.", false);
        } catch (GraphException.MissingPermission e) {
            return unavailable(account, access, filter, "IG Studio lacks a permission to show this account"
                    + e.permission().map(p -> " (" + p + ")").orElse("") + ". Reconnect it and allow that permission.",
                    true);
        } catch (GraphException e) {
            return unavailable(account, access, filter, "Meta refused to show this account (error " + e.code()
                    + "). Try Refresh later, or reconnect the account if it keeps happening.", false);
        }
    }

    /** The next grid page after {@code cursor}, filtered; used by "Load more". */
    public MediaPage more(String userId, String accountId, String cursor, String kind) {
        AccountAccess access = accounts.access(userId, accountId);
        try {
            return grid(access, cursor, normalise(kind));
        } catch (GraphException.InvalidToken e) {
            accounts.markNeedsReconnect(userId, accountId);
            throw e;
        }
    }

    public Optional<MediaItem> post(String userId, String accountId, String mediaId) {
        AccountAccess access = accounts.access(userId, accountId);
        try {
            return Optional.of(cache.read(access.accountId(), "post:" + mediaId,
                    () -> graph.post(access.igUserId(), mediaId, access.userToken())).value());
        } catch (GraphException.InvalidToken e) {
            accounts.markNeedsReconnect(userId, accountId);
            throw e;
        } catch (GraphException e) {
            if (e.code() == 100) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The Refresh button: the next page view asks Meta again (and falls back on these values if it must). */
    public void refresh(String userId, String accountId) {
        cache.expire(accounts.access(userId, accountId).accountId());
    }

    private MediaPage grid(AccountAccess access, String cursor, String kind) {
        List<MediaItem> items = new ArrayList<>();
        String next = cursor;
        for (int i = 0; i < MAX_PAGES_PER_LOAD && next != null; i++) {
            String after = next;
            MediaPage page = cache.read(access.accountId(), "media:" + after,
                    () -> graph.media(access.igUserId(), access.userToken(), after)).value();
            items.addAll(filter(page.items(), kind));
            next = page.nextCursor();
            if (kind == null || items.size() >= GraphClient.GRID_SIZE / 2) {
                break;
            }
        }
        return new MediaPage(items, next);
    }

    private OverviewPage unavailable(AccountView account, AccountAccess access, String kind, String notice,
                                     boolean reconnect) {
        return new OverviewPage(account, null, List.of(), null, kind, notice, reconnect, usage.of(access.igUserId()));
    }

    private static List<MediaItem> filter(List<MediaItem> items, String kind) {
        return kind == null ? items : items.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    private static List<MediaItem> concat(List<MediaItem> a, List<MediaItem> b) {
        List<MediaItem> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String normalise(String kind) {
        return kind != null && KINDS.contains(kind) ? kind : null;
    }
}
