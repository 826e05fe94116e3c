package io.igstudio.sandbox.media;

import io.igstudio.sandbox.store.SandboxDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The stored feed media and carousel children of the sandbox's Instagram accounts. */
@ApplicationScoped
public class MediaStore {

    private static final String COLUMNS = "id, ig_user_id, parent_id, media_type, product_type, shortcode, caption,"
            + " taken_at, like_count, comments_count, colour, label, position";
    /** Newest first; the id breaks ties so that paging is stable. */
    private static final String FEED_ORDER = " ORDER BY taken_at DESC, id DESC";

    @Inject
    SandboxDatabase db;

    public int feedSize(String igUserId) {
        return db.one("SELECT COUNT(*) AS n FROM sandbox_ig_media WHERE ig_user_id = ? AND parent_id IS NULL",
                row -> row.getInt("n"), igUserId).orElse(0);
    }

    /** Feed media {@code from} (inclusive) to {@code to} (exclusive), newest first. */
    public List<SandboxMedia> feed(String igUserId, int from, int to) {
        if (to <= from) {
            return List.of();
        }
        return db.list("SELECT " + COLUMNS + " FROM sandbox_ig_media WHERE ig_user_id = ? AND parent_id IS NULL"
                + FEED_ORDER + " LIMIT ? OFFSET ?", MediaStore::media, igUserId, to - from, from);
    }

    public Optional<SandboxMedia> find(String id) {
        return db.one("SELECT " + COLUMNS + " FROM sandbox_ig_media WHERE id = ?", MediaStore::media, id);
    }

    public List<SandboxMedia> children(String parentId) {
        return db.list("SELECT " + COLUMNS + " FROM sandbox_ig_media WHERE parent_id = ? ORDER BY position",
                MediaStore::media, parentId);
    }

    public void insert(List<MediaGenerator.Post> posts) {
        List<Object[]> rows = new ArrayList<>();
        for (MediaGenerator.Post post : posts) {
            rows.add(row(post.media()));
            post.children().forEach(child -> rows.add(row(child)));
        }
        db.batch("INSERT INTO sandbox_ig_media (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private static Object[] row(SandboxMedia m) {
        return new Object[] {m.id(), m.igUserId(), m.parentId(), m.mediaType(), m.productType(), m.shortcode(),
            m.caption(), m.takenAt(), m.likeCount(), m.commentsCount(), m.colour(), m.label(), m.position()};
    }

    private static SandboxMedia media(ResultSet row) throws SQLException {
        return new SandboxMedia(row.getString("id"), row.getString("ig_user_id"), row.getString("parent_id"),
                row.getString("media_type"), row.getString("product_type"), row.getString("shortcode"),
                row.getString("caption"), SandboxDatabase.instant(row, "taken_at"), row.getLong("like_count"),
                row.getLong("comments_count"), row.getString("colour"), row.getString("label"), row.getInt("position"));
    }
}
