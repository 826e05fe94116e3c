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
    /**
     * A filtered account page reads at most this many Graph pages (of 24) to fill its first screen: rare
     * kinds (a few videos among hundreds of reels) are found without clicking "Load more" again and again,
     * and the page says how far back it looked when it found none.
     */
    static final int MAX_PAGES_PER_FILTER = 12;
    /** Meta's "(#2642) Invalid cursors values": a cursor from before the edge changed. */
    static final int INVALID_CURSORS = 2642;

    @Inject
    InstagramAccounts accounts;

    @Inject
    GraphClient graph;

    @Inject
    GraphCache cache;

    @Inject
    GraphUsage usage;

    /**
     * The account page: profile, stories and the grid, filtered by {@code kind}, from the start or (for
     * "Load more" opened in a tab of its own) from the cursor {@code after}.
     */
    public OverviewPage overview(String userId, String accountId, String kind, String after) {
        var opened = accounts.open(userId, accountId);
        AccountView account = opened.view();
        AccountAccess access = opened.access();
        String filter = normalise(kind);
        try {
            var cached = cache.read(access.accountId(), "overview",
                    () -> graph.overview(access.igUserId(), access.userToken()));
            AccountOverview overview = cached.value();
            Found found;
            if (after != null) {
                found = grid(access, after, filter, MAX_PAGES_PER_FILTER);
            } else {
                List<MediaItem> first = overview.media().items();
                found = new Found(filter(first, filter), overview.media().nextCursor(), first.size(), null);
                // Meta may answer a short or even empty first page that still has a next one
                if (found.next() != null && (found.items().isEmpty()
                        || filter != null && found.items().size() < GraphClient.GRID_SIZE / 2)) {
                    try {
                        found = found.then(grid(access, found.next(), filter, MAX_PAGES_PER_FILTER - 1));
                    } catch (GraphException.RateLimited | GraphException.Transient e) {
                        found = found.then(new Found(List.of(), found.next(), 0, STOPPED));
                    }
                }
            }
            String notice = cached.notice() != null ? cached.notice() : found.notice();
            return new OverviewPage(account, overview, found.items(), found.next(), filter, notice, false,
                    usage.of(access.igUserId()), found.scanned());
        } catch (GraphException.InvalidToken e) {
            accounts.markNeedsReconnect(userId, accountId);
            return unavailable(account, access, filter, "Meta no longer accepts IG Studio's access to this account"
                    + (e.expired() ? " (the token expired)" : "") + ". Reconnect it to continue.", true);
        } catch (GraphException.RateLimited e) {
            return unavailable(account, access, filter, "Meta asks IG Studio to slow down for this account. Fresh"
                    + " data in about " + Math.max(1, e.retryAfterSeconds() / 60) + " min.", false);
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
            Found found = grid(access, cursor, normalise(kind), MAX_PAGES_PER_LOAD);
            return new MediaPage(found.items(), found.next());
        } catch (GraphException.InvalidToken e) {
            accounts.markNeedsReconnect(userId, accountId);
            throw e;
        } catch (GraphException e) {
            if (e.code() == INVALID_CURSORS) {
                // posts were added or deleted since the page was shown: Meta refuses the old cursor; the next
                // view of the profile starts afresh
                cache.expire(access.accountId());
                return new MediaPage(List.of(), null);
            }
            throw e;
        }
    }

    /** The account as IG Studio stores it (no Graph call); 404 when it is not the person's. */
    public AccountView account(String userId, String accountId) {
        return accounts.find(userId, accountId).orElseThrow(io.igstudio.accounts.AccountNotFoundException::new);
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

    /** Matching posts found by reading Graph pages, how many posts were read, and why the search stopped early. */
    private static final String STOPPED = "IG Studio stopped looking further back for now: Meta asks it to slow"
            + " down or could not be reached.";

    private record Found(List<MediaItem> items, String next, int scanned, String notice) {
        Found then(Found more) {
            return new Found(concat(items, more.items()), more.next(), scanned + more.scanned(),
                    notice != null ? notice : more.notice());
        }
    }

    /**
     * Reads grid pages from {@code cursor} until half a screenful matches the filter, the media end, or
     * {@code maxPages} were read. When Meta or IG Studio's budget stops the search, what was found stands.
     */
    private Found grid(AccountAccess access, String cursor, String kind, int maxPages) {
        List<MediaItem> items = new ArrayList<>();
        String next = cursor;
        int scanned = 0;
        for (int i = 0; i < maxPages && next != null; i++) {
            String after = next;
            MediaPage page;
            try {
                page = cache.read(access.accountId(), "media:" + after,
                        () -> graph.media(access.igUserId(), access.userToken(), after)).value();
            } catch (GraphException.RateLimited | GraphException.Transient e) {
                if (i == 0) {
                    throw e;
                }
                return new Found(items, next, scanned, STOPPED);
            }
            scanned += page.items().size();
            items.addAll(filter(page.items(), kind));
            next = page.nextCursor();
            // an empty page with a next one is Meta's way too: keep going (bounded) until something shows
            if (!items.isEmpty() && (kind == null || items.size() >= GraphClient.GRID_SIZE / 2)) {
                break;
            }
        }
        return new Found(items, next, scanned, null);
    }

    private OverviewPage unavailable(AccountView account, AccountAccess access, String kind, String notice,
                                     boolean reconnect) {
        return new OverviewPage(account, null, List.of(), null, kind, notice, reconnect, usage.of(access.igUserId()), 0);
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
