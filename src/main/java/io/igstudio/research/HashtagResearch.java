package io.igstudio.research;

import io.igstudio.accounts.AccountAccess;
import io.igstudio.accounts.AccountView;
import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.graph.GraphCache;
import io.igstudio.graph.GraphException;
import io.igstudio.graph.ResearchClient;
import io.igstudio.graph.ResearchPost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The hashtag search's entry bean. A hashtag one of the person's accounts searched this week is reused: no quota, no
 * Graph call for its id, its media read through that account. Otherwise a search first claims the hashtag in IG
 * Studio's own count for the chosen account ({@link HashtagQuota}), then asks Meta for the id only if nobody resolved
 * it before (ids are static and global). Media are cached like other Graph reads. Meta is never called inside a
 * transaction.
 */
@ApplicationScoped
public class HashtagResearch {

    @Inject
    InstagramAccounts accounts;

    @Inject
    HashtagQuota quota;

    @Inject
    ResearchClient graph;

    @Inject
    GraphCache cache;

    @Inject
    Clock clock;

    /** What a search came to: the hashtag to show, or why it was refused (and when the account has room again). */
    public record Outcome(String name, String refusal, Instant freesAt, boolean counted) {
        public boolean refused() {
            return refusal != null;
        }

        public String freesAtLabel() {
            return QuotaWindow.label(freesAt);
        }
    }

    /** One account as the page shows it: its allowance this week. */
    public record AccountQuota(AccountView account, QuotaWindow window) {
    }

    /** The search page: the person's accounts with their windows, and for a chosen hashtag its media. */
    public HashtagPage page(String userId, String accountId, String tag) {
        Instant now = clock.instant();
        List<AccountView> mine = accounts.list(userId);
        Map<String, QuotaWindow> windows = quota.windows(mine.stream().map(AccountView::id).toList(), now);
        List<AccountQuota> quotas = mine.stream().map(a -> new AccountQuota(a, windows.get(a.id()))).toList();
        String chosen = accountId != null && mine.stream().anyMatch(a -> a.id().equals(accountId)) ? accountId
                : mine.isEmpty() ? null : mine.get(0).id();
        String name = tag == null ? null : normalise(tag).orElse(null);
        List<String> recent = chosen == null ? List.of() : quota.recent(chosen, now);
        if (name == null || chosen == null) {
            return new HashtagPage(quotas, chosen, null, List.of(), List.of(), null, recent, null);
        }
        // the chosen account reads the media when it searched the hashtag this week; otherwise another of the person's
        // accounts that did (no search spent); otherwise none may yet
        String reader = quota.open(chosen, name, now) ? chosen : mine.stream().map(AccountView::id)
                .filter(id -> quota.open(id, name, now)).findFirst().orElse(null);
        if (reader == null || quota.hashtagId(name).isEmpty()) {
            return new HashtagPage(quotas, chosen, name, List.of(), List.of(),
                    "Search #" + name + " with this account first: reading a hashtag's media counts against the account's"
                            + " 30 hashtags a week.", recent, null);
        }
        String hashtagId = quota.hashtagId(name).orElseThrow();
        AccountAccess access = accounts.access(userId, reader);
        String via = reader.equals(chosen) ? null : access.username();
        try {
            List<ResearchPost> top = cache.read(access.accountId(), "hashtag-top:" + hashtagId,
                    () -> graph.hashtagMedia(access.igUserId(), access.userToken(), hashtagId, false)).value();
            List<ResearchPost> latest = cache.read(access.accountId(), "hashtag-recent:" + hashtagId,
                    () -> graph.hashtagMedia(access.igUserId(), access.userToken(), hashtagId, true)).value();
            return new HashtagPage(quotas, chosen, name, top, latest, null, recent, via);
        } catch (GraphException e) {
            return new HashtagPage(quotas, chosen, name, List.of(), List.of(), Reasons.of(e), recent, via);
        }
    }

    /**
     * A search for {@code tag} spent by the chosen account: free when the account searched it within 7 days; refused
     * when the account has used its 30; otherwise counted, then resolved (no Graph call when IG Studio knows its id).
     */
    public Outcome search(String userId, String accountId, String tag) {
        Optional<String> normalised = normalise(tag);
        if (normalised.isEmpty()) {
            return new Outcome(null, "Type one hashtag: letters, digits and underscores only (Instagram takes no spaces"
                    + " or emoji in a hashtag search).", null, false);
        }
        String name = normalised.get();
        AccountAccess access = accounts.access(userId, accountId);
        Instant now = clock.instant();
        if (quota.hashtagId(name).isPresent() && accounts.list(userId).stream()
                .anyMatch(a -> quota.open(a.id(), name, now))) {
            // resolved before and searched this week by one of the person's accounts: reused, no quota, no Graph call
            return new Outcome(name, null, null, false);
        }
        HashtagQuota.Claim claim = quota.claim(access.accountId(), name, now);
        if (claim.decision() == QuotaWindow.Decision.REFUSED) {
            return new Outcome(name, "@" + access.username() + " has searched " + QuotaWindow.LIMIT
                    + " different hashtags in the last 7 days, the most Instagram allows. Its next search frees up on",
                    claim.window().nextFreeAt(), false);
        }
        if (quota.hashtagId(name).isEmpty()) {
            try {
                Optional<String> id = graph.hashtagId(access.igUserId(), access.userToken(), name);
                if (id.isEmpty()) {
                    return new Outcome(name, "Instagram knows no hashtag #" + name + ".", null, true);
                }
                try {
                    quota.rememberId(name, id.get(), now);
                } catch (RuntimeException raced) {
                    // another search stored the same (static, global) id meanwhile
                }
            } catch (GraphException e) {
                // the claim stays: Meta may have counted the query even though its answer was an error
                return new Outcome(name, Reasons.of(e), null, true);
            }
        }
        return new Outcome(name, null, null, claim.decision() == QuotaWindow.Decision.COUNTED);
    }

    /** A hashtag as typed, without its '#', lower-cased; empty when it is not one hashtag. */
    static Optional<String> normalise(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String name = tag.trim();
        if (name.startsWith("#")) {
            name = name.substring(1);
        }
        name = name.toLowerCase(Locale.ROOT);
        return ResearchClient.isHashtag(name) ? Optional.of(name) : Optional.empty();
    }
}
