package io.igstudio.sandbox.comments;

import io.igstudio.sandbox.control.SandboxClock;
import io.igstudio.sandbox.media.SandboxMedia;
import io.igstudio.sandbox.store.SandboxDatabase;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's comments. A media's generated thread ({@link CommentGenerator}) is stored the first time its
 * comments are read, so the same ids answer across restarts; what arrives later is added to it.
 */
@ApplicationScoped
public class CommentStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, media_id, ig_user_id, parent_id, from_id, username, text, created_at,"
            + " hidden, like_count, private_reply_at";

    @Inject
    SandboxDatabase db;

    @Inject
    SandboxPeople people;

    @Inject
    SandboxClock clock;

    /** Stores the media's generated thread unless it was stored before. */
    public void ensureThread(SandboxMedia media) {
        if (db.one("SELECT media_id FROM sandbox_comment_thread WHERE media_id = ?", r -> r.getString(1), media.id())
                .isPresent()) {
            return;
        }
        synchronized (this) {
            if (db.one("SELECT media_id FROM sandbox_comment_thread WHERE media_id = ?", r -> r.getString(1),
                    media.id()).isPresent()) {
                return;
            }
            String owner = people.instagram(media.igUserId()).map(a -> a.username()).orElse("owner");
            List<Object[]> rows = new ArrayList<>();
            for (SandboxComment c : CommentGenerator.thread(media, owner, clock.now())) {
                if (find(c.id()).isEmpty()) {
                    rows.add(row(c));
                }
            }
            if (!rows.isEmpty()) {
                db.batch("INSERT INTO sandbox_ig_comment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            }
            db.update("INSERT INTO sandbox_comment_thread (media_id) VALUES (?)", media.id());
        }
    }

    public int countTopLevel(String mediaId) {
        return db.one("SELECT COUNT(*) AS n FROM sandbox_ig_comment WHERE media_id = ? AND parent_id IS NULL",
                r -> r.getInt("n"), mediaId).orElse(0);
    }

    /** Top-level comments, newest first, {@code from} inclusive to {@code to} exclusive. */
    public List<SandboxComment> topLevel(String mediaId, int from, int to) {
        if (to <= from) {
            return List.of();
        }
        return db.list("SELECT " + COLUMNS + " FROM sandbox_ig_comment WHERE media_id = ? AND parent_id IS NULL"
                + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", CommentStore::comment, mediaId, to - from, from);
    }

    public int countReplies(String commentId) {
        return db.one("SELECT COUNT(*) AS n FROM sandbox_ig_comment WHERE parent_id = ?", r -> r.getInt("n"), commentId)
                .orElse(0);
    }

    /** Replies in the order they were written. */
    public List<SandboxComment> replies(String commentId, int from, int to) {
        if (to <= from) {
            return List.of();
        }
        return db.list("SELECT " + COLUMNS + " FROM sandbox_ig_comment WHERE parent_id = ?"
                + " ORDER BY created_at, id LIMIT ? OFFSET ?", CommentStore::comment, commentId, to - from, from);
    }

    public Optional<SandboxComment> find(String id) {
        return db.one("SELECT " + COLUMNS + " FROM sandbox_ig_comment WHERE id = ?", CommentStore::comment, id);
    }

    public SandboxComment add(SandboxMedia media, String parentId, String fromId, String username, String text) {
        ensureThread(media);
        String id;
        do {
            id = String.format("179%014d", RANDOM.nextLong(100_000_000_000_000L));
        } while (find(id).isPresent());
        SandboxComment c = new SandboxComment(id, media.id(), media.igUserId(), parentId, fromId, username, text,
                clock.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), false, 0, null);
        db.update("INSERT INTO sandbox_ig_comment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row(c));
        return c;
    }

    public void setHidden(String id, boolean hidden) {
        db.update("UPDATE sandbox_ig_comment SET hidden = ? WHERE id = ?", hidden, id);
    }

    /** Deletes a comment with its replies. */
    public void delete(String id) {
        db.update("DELETE FROM sandbox_ig_comment WHERE parent_id = ?", id);
        db.update("DELETE FROM sandbox_ig_comment WHERE id = ?", id);
    }

    /** Records the one private reply; false when another request sent it first. */
    public boolean markPrivateReply(String id, Instant at) {
        return db.update("UPDATE sandbox_ig_comment SET private_reply_at = ? WHERE id = ? AND private_reply_at IS NULL",
                at, id) == 1;
    }

    private static Object[] row(SandboxComment c) {
        return new Object[] {c.id(), c.mediaId(), c.igUserId(), c.parentId(), c.fromId(), c.username(), c.text(),
            c.createdAt(), c.hidden(), c.likeCount(), c.privateReplyAt()};
    }

    private static SandboxComment comment(ResultSet r) throws SQLException {
        return new SandboxComment(r.getString("id"), r.getString("media_id"), r.getString("ig_user_id"),
                r.getString("parent_id"), r.getString("from_id"), r.getString("username"), r.getString("text"),
                SandboxDatabase.instant(r, "created_at"), r.getBoolean("hidden"), r.getLong("like_count"),
                SandboxDatabase.instant(r, "private_reply_at"));
    }
}
