package io.igstudio.sandbox.research;

import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.store.SandboxDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hashtag ids and each account's hashtag queries. "You can query a maximum of 30 unique hashtags on behalf of an
 * Instagram Business or Creator Account within a rolling, 7 day period. Once you query a hashtag, it will count
 * against this limit for 7 days. Subsequent queries on the same hashtag within this time frame will not count
 * against your limit, and will not reset its initial query 7 day timer"
 * (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/hashtag-search,
 * "Limitations"). Ids "are both static and global" (.../reference/ig-hashtag-search).
 */
@ApplicationScoped
public class SandboxHashtags {

    static final int UNIQUE_PER_WINDOW = 30;
    static final Duration WINDOW = Duration.ofDays(7);
    /** Letters, digits and underscores; "Emojis in hashtag queries are not supported" (Hashtag Search guide). */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_]{1,100}");

    @Inject
    SandboxDatabase db;

    public record Hashtag(String id, String name) {
    }

    /**
     * {@code GET /ig_hashtag_search?user_id=&q=}: the hashtag's id, counted against the account's 30. Synchronized:
     * the sandbox is one instance, and two searches at once must not both take the 30th place.
     */
    public synchronized Hashtag search(String igUserId, String query, Instant now) {
        String name = normalise(query);
        String id = OtherMedia.id("17843", "hashtag:" + name);
        if (find(id).isEmpty()) {
            db.update("INSERT INTO sandbox_hashtag (id, name) VALUES (?, ?)", id, name);
        }
        Optional<Instant> first = db.one("SELECT first_queried_at FROM sandbox_hashtag_query WHERE ig_user_id = ?"
                + " AND hashtag_id = ?", row -> SandboxDatabase.instant(row, "first_queried_at"), igUserId, id);
        if (first.isPresent() && first.get().plus(WINDOW).isAfter(now)) {
            return new Hashtag(id, name); // a repeat within its 7 days: free
        }
        long counted = db.one("SELECT COUNT(*) AS n FROM sandbox_hashtag_query WHERE ig_user_id = ?"
                + " AND first_queried_at > ?", row -> row.getLong("n"), igUserId, now.minus(WINDOW)).orElse(0L);
        if (counted >= UNIQUE_PER_WINDOW) {
            throw limitReached().exception();
        }
        if (first.isPresent()) {
            db.update("UPDATE sandbox_hashtag_query SET first_queried_at = ? WHERE ig_user_id = ? AND hashtag_id = ?",
                    now, igUserId, id);
        } else {
            db.update("INSERT INTO sandbox_hashtag_query (ig_user_id, hashtag_id, first_queried_at) VALUES (?, ?, ?)",
                    igUserId, id, now);
        }
        return new Hashtag(id, name);
    }

    /**
     * {@code GET /{ig-user-id}/recently_searched_hashtags}: the hashtags the account queried within the last 7 days
     * (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/recently_searched_hashtags),
     * newest first.
     */
    public java.util.List<Hashtag> recentlySearched(String igUserId, Instant now) {
        return db.list("SELECT h.id, h.name FROM sandbox_hashtag_query q JOIN sandbox_hashtag h ON h.id = q.hashtag_id"
                + " WHERE q.ig_user_id = ? AND q.first_queried_at > ? ORDER BY q.first_queried_at DESC",
                row -> new Hashtag(row.getString("id"), row.getString("name")), igUserId, now.minus(WINDOW));
    }

    public Optional<Hashtag> find(String id) {
        return db.one("SELECT id, name FROM sandbox_hashtag WHERE id = ?",
                row -> new Hashtag(row.getString("id"), row.getString("name")), id);
    }

    static String normalise(String query) {
        String name = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw GraphError.invalidParameter("The parameter q is required").exception();
        }
        if (!NAME.matcher(name).matches()) {
            throw GraphError.invalidParameter("Param q must be a valid hashtag name").exception();
        }
        return name;
    }

    /**
     * The 31st unique hashtag within 7 days. Meta's reference pages state the limit but not the error body; the
     * sandbox answers a 400 OAuthException with code 24 and a message naming the limit (an assumption, listed in
     * the README under "Known issues"); IG Studio never relies on it, as it counts its own searches first.
     */
    static GraphError limitReached() {
        return new GraphError(400, "(#24) This Instagram account has queried the maximum of " + UNIQUE_PER_WINDOW
                + " unique hashtags within 7 days", "OAuthException", 24, null);
    }
}
