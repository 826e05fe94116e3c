package io.igstudio.sandbox.media;

import io.igstudio.sandbox.graph.TimeRange;
import io.igstudio.sandbox.store.SandboxDatabase;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The stored media of the sandbox's Instagram accounts: the generated feed and carousel children, and what
 * was published through the sandbox's content publishing endpoints (feed posts, reels, carousels and stories;
 * stored stories live beside the clock-derived ones of {@link StoryClock}).
 *
 * <p>An account's feed is generated the first time anything reads it (as many posts as its
 * {@code media_count} says, so that the profile's number and the grid agree), not at start-up: generating
 * all of them (about 2,100 rows) before the first page kept a fresh installation from answering for
 * seconds. {@link MediaGenerator} makes the same ids, types and captions whenever that happens; later
 * starts find the rows and leave them alone, so ids, captions and timestamps stay put across restarts.
 */
@ApplicationScoped
public class MediaStore {

    private static final Logger LOG = Logger.getLogger(MediaStore.class.getName());

    private static final String COLUMNS = "id, ig_user_id, parent_id, media_type, product_type, shortcode, caption,"
            + " taken_at, like_count, comments_count, colour, label, position, comment_enabled, shared_to_feed";
    /** The feed: top-level media that are not stories. */
    private static final String FEED = " WHERE ig_user_id = ? AND parent_id IS NULL AND product_type <> 'STORY'";
    /** Newest first; the id breaks ties so that paging is stable. */
    private static final String IN_RANGE = " AND taken_at >= ? AND taken_at <= ?";
    private static final String FEED_ORDER = " ORDER BY taken_at DESC, id DESC";

    @Inject
    SandboxDatabase db;

    @Inject
    SandboxPeople people;

    /** Accounts whose feed is known to be stored, so that a read costs no extra query. */
    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    private volatile boolean allStored;
    private final Map<String, Object> generating = new ConcurrentHashMap<>();

    public int feedSize(String igUserId) {
        ensureFeed(igUserId);
        return count(igUserId);
    }

    /** How many feed media were posted within {@code range} ({@code since}/{@code until} on the media edge). */
    public int feedSize(String igUserId, TimeRange range) {
        if (range.isAll()) {
            return feedSize(igUserId);
        }
        ensureFeed(igUserId);
        return db.one("SELECT COUNT(*) AS n FROM sandbox_ig_media" + FEED + IN_RANGE,
                row -> row.getInt("n"), igUserId, lower(range), upper(range)).orElse(0);
    }

    /** Feed media posted within {@code range}, {@code from} (inclusive) to {@code to} (exclusive), newest first. */
    public List<SandboxMedia> feed(String igUserId, int from, int to, TimeRange range) {
        if (range.isAll()) {
            return feed(igUserId, from, to);
        }
        if (to <= from) {
            return List.of();
        }
        ensureFeed(igUserId);
        return db.list("SELECT " + COLUMNS + " FROM sandbox_ig_media" + FEED + IN_RANGE + FEED_ORDER + " LIMIT ? OFFSET ?",
                MediaStore::media, igUserId, lower(range), upper(range), to - from, from);
    }

    private static Instant lower(TimeRange range) {
        return range.since() == null ? Instant.EPOCH : range.since();
    }

    private static Instant upper(TimeRange range) {
        return range.until() == null ? Instant.parse("9999-12-31T23:59:59Z") : range.until();
    }

    private int count(String igUserId) {
        return db.one("SELECT COUNT(*) AS n FROM sandbox_ig_media" + FEED,
                row -> row.getInt("n"), igUserId).orElse(0);
    }

    /** Feed media {@code from} (inclusive) to {@code to} (exclusive), newest first. */
    public List<SandboxMedia> feed(String igUserId, int from, int to) {
        if (to <= from) {
            return List.of();
        }
        ensureFeed(igUserId);
        return db.list("SELECT " + COLUMNS + " FROM sandbox_ig_media" + FEED + FEED_ORDER + " LIMIT ? OFFSET ?", MediaStore::media, igUserId, to - from, from);
    }

    public Optional<SandboxMedia> find(String id) {
        ensureAllFeeds();
        return db.one("SELECT " + COLUMNS + " FROM sandbox_ig_media WHERE id = ?", MediaStore::media, id);
    }

    /**
     * Whether a row with this id is stored, without generating any feed: for new ids, which never take the generated
     * feeds' form ({@code PublishedMedia#randomId}). {@link #find} generated all feeds first, and the first container
     * of a start waited for about 5,000 rows while every other call to the sandbox waited for it.
     */
    public boolean isStored(String id) {
        return db.one("SELECT id FROM sandbox_ig_media WHERE id = ?", row -> row.getString("id"), id).isPresent();
    }

    /** The children of a carousel found through {@link #feed} or {@link #find}, so its feed is stored. */
    public List<SandboxMedia> children(String parentId) {
        return db.list("SELECT " + COLUMNS + " FROM sandbox_ig_media WHERE parent_id = ? ORDER BY position",
                MediaStore::media, parentId);
    }

    /** Stories published through the sandbox that are younger than {@code since} is old, newest first. */
    public List<SandboxMedia> storiesSince(String igUserId, java.time.Instant since) {
        return db.list("SELECT " + COLUMNS + " FROM sandbox_ig_media WHERE ig_user_id = ? AND product_type = 'STORY'"
                + " AND taken_at > ?" + FEED_ORDER, MediaStore::media, igUserId, since);
    }

    /** Deletes a post with its carousel children; false when there was no such media. */
    public boolean delete(String id) {
        db.update("DELETE FROM sandbox_ig_media WHERE parent_id = ?", id);
        return db.update("DELETE FROM sandbox_ig_media WHERE id = ?", id) > 0;
    }

    public void setCommentEnabled(String id, boolean enabled) {
        db.update("UPDATE sandbox_ig_media SET comment_enabled = ? WHERE id = ?", enabled, id);
    }

    /** Generates and stores the account's feed unless it is stored already. */
    void ensureFeed(String igUserId) {
        if (stored.contains(igUserId)) {
            return;
        }
        // one generation per account at a time: a second reader of the same account waits for the first one's rows,
        // readers of other accounts do not
        synchronized (generating.computeIfAbsent(igUserId, id -> new Object())) {
            if (stored.contains(igUserId)) {
                return;
            }
            if (!generated(igUserId)) {
                people.instagram(igUserId).ifPresent(account -> {
                    var posts = MediaGenerator.feed(account.id(), account.username(), account.followersCount(),
                            (int) account.mediaCount(), Instant.now());
                    insert(posts);
                    LOG.info(() -> "Sandbox: generated " + posts.size() + " media for @" + account.username());
                });
            }
            stored.add(igUserId);
        }
    }

    /** A media id may belong to any account: all feeds are needed to look it up. */
    private void ensureAllFeeds() {
        if (!allStored) {
            people.instagramAccounts().forEach(account -> ensureFeed(account.id()));
            allStored = true;
        }
    }

    /**
     * Whether the account's generated feed is stored: generated media have ids starting with 178 or 179, those
     * published through the sandbox 177 ({@code PublishedMedia#randomId}; before that change an account's feed was
     * always generated before its first publication).
     */
    private boolean generated(String igUserId) {
        return db.one("SELECT id FROM sandbox_ig_media WHERE ig_user_id = ? AND parent_id IS NULL"
                + " AND (id LIKE '178%' OR id LIKE '179%') LIMIT 1", row -> row.getString("id"), igUserId).isPresent();
    }

    /**
     * Stores posts published through the sandbox. The account's generated feed is left for its first reader: a
     * publication does not need it, and generating it there put hundreds of rows inside the publishing call.
     */
    public void publish(String igUserId, List<MediaGenerator.Post> posts) {
        insert(posts);
    }

    private void insert(List<MediaGenerator.Post> posts) {
        List<Object[]> rows = new ArrayList<>();
        for (MediaGenerator.Post post : posts) {
            rows.add(row(post.media()));
            post.children().forEach(child -> rows.add(row(child)));
        }
        db.batch("INSERT INTO sandbox_ig_media (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private static Object[] row(SandboxMedia m) {
        return new Object[] {m.id(), m.igUserId(), m.parentId(), m.mediaType(), m.productType(), m.shortcode(),
            m.caption(), m.takenAt(), m.likeCount(), m.commentsCount(), m.colour(), m.label(), m.position(),
            m.commentEnabled(), m.sharedToFeed()};
    }

    private static SandboxMedia media(ResultSet row) throws SQLException {
        return new SandboxMedia(row.getString("id"), row.getString("ig_user_id"), row.getString("parent_id"),
                row.getString("media_type"), row.getString("product_type"), row.getString("shortcode"),
                row.getString("caption"), SandboxDatabase.instant(row, "taken_at"), row.getLong("like_count"),
                row.getLong("comments_count"), row.getString("colour"), row.getString("label"), row.getInt("position"),
                row.getBoolean("comment_enabled"), row.getBoolean("shared_to_feed"));
    }
}
