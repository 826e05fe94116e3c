package io.igstudio.sandbox.publishing;

import io.igstudio.sandbox.store.SandboxDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The sandbox's media containers ({@code sandbox_ig_container}). */
@ApplicationScoped
public class ContainerStore {

    private static final String COLUMNS = "id, ig_user_id, kind, is_carousel_item, media_url, resumable, uploaded_bytes,"
            + " caption, params, status, status_detail, created_at, ready_at, fail_processing, published_media_id,"
            + " published_at";

    @Inject
    SandboxDatabase db;

    public Optional<Container> find(String id) {
        return db.one("SELECT " + COLUMNS + " FROM sandbox_ig_container WHERE id = ?", ContainerStore::container, id);
    }

    public boolean exists(String id) {
        return find(id).isPresent();
    }

    /** Published containers (not carousel items) whose caption starts with the prefix, and their distinct (account, caption) pairs. */
    public long[] publishedWithCaption(String prefix) {
        String where = " FROM sandbox_ig_container WHERE status = 'PUBLISHED' AND is_carousel_item = FALSE AND caption LIKE ?";
        long published = db.one("SELECT COUNT(*) AS n" + where, row -> row.getLong("n"), prefix + "%").orElse(0L);
        long distinct = db.one("SELECT COUNT(*) AS n FROM (SELECT ig_user_id, caption" + where
                + " GROUP BY ig_user_id, caption) t", row -> row.getLong("n"), prefix + "%").orElse(0L);
        return new long[] {published, distinct};
    }

    public void insert(Container c) {
        db.update("INSERT INTO sandbox_ig_container (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.id(), c.igUserId(), c.kind(), c.carouselItem(), c.mediaUrl(), c.resumable(), c.uploadedBytes(),
                c.caption(), c.params().toString(), c.stored(), c.statusDetail(), c.createdAt(), c.readyAt(),
                c.failProcessing(), c.publishedMediaId(), c.publishedAt());
    }

    /** Containers the account created since {@code since} (Meta allows 400 in 24 hours). */
    public int createdSince(String igUserId, Instant since) {
        return db.one("SELECT COUNT(*) AS n FROM sandbox_ig_container WHERE ig_user_id = ? AND created_at > ?",
                row -> row.getInt("n"), igUserId, since).orElse(0);
    }

    /** Posts the account published since {@code since}: the publishing quota's usage. */
    public int publishedSince(String igUserId, Instant since) {
        return db.one("SELECT COUNT(*) AS n FROM sandbox_ig_container WHERE ig_user_id = ? AND published_at > ?",
                row -> row.getInt("n"), igUserId, since).orElse(0);
    }

    /** The bytes arrived: processing starts now and ends at {@code readyAt}. */
    public void uploaded(String id, long bytes, Instant readyAt) {
        db.update("UPDATE sandbox_ig_container SET uploaded_bytes = ?, ready_at = ? WHERE id = ? AND status = 'IN_PROGRESS'",
                bytes, readyAt, id);
    }

    public void failed(String id, String detail) {
        db.update("UPDATE sandbox_ig_container SET status = 'ERROR', status_detail = ? WHERE id = ? AND status = 'IN_PROGRESS'",
                detail, id);
    }

    /**
     * Marks the container published, once: the statement only succeeds on a container that is not yet
     * PUBLISHED, so two concurrent media_publish calls cannot both publish it.
     */
    public boolean markPublished(String id, String mediaId, Instant at) {
        return db.update("UPDATE sandbox_ig_container SET status = 'PUBLISHED', published_media_id = ?, published_at = ?"
                + " WHERE id = ? AND status <> 'PUBLISHED' AND status <> 'ERROR'", mediaId, at, id) == 1;
    }

    /** A published carousel's items are used up with it (they do not count toward the quota on their own). */
    public void markItemsPublished(java.util.List<String> ids, String carouselMediaId) {
        for (String id : ids) {
            db.update("UPDATE sandbox_ig_container SET status = 'PUBLISHED', published_media_id = ? WHERE id = ?",
                    carouselMediaId, id);
        }
    }

    private static Container container(ResultSet row) throws SQLException {
        long uploaded = row.getLong("uploaded_bytes");
        Long uploadedBytes = row.wasNull() ? null : uploaded;
        var params = Jsons.createReader(new StringReader(row.getString("params"))).readObject();
        return new Container(row.getString("id"), row.getString("ig_user_id"), row.getString("kind"),
                row.getBoolean("is_carousel_item"), row.getString("media_url"), row.getBoolean("resumable"), uploadedBytes,
                row.getString("caption"), params, row.getString("status"), row.getString("status_detail"),
                SandboxDatabase.instant(row, "created_at"), SandboxDatabase.instant(row, "ready_at"),
                row.getBoolean("fail_processing"), row.getString("published_media_id"),
                SandboxDatabase.instant(row, "published_at"));
    }
}
