package io.igstudio.sandbox.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The seeded people, their Pages and the Instagram accounts linked to those Pages. Read-only. */
@ApplicationScoped
public class SandboxPeople {

    private static final String PAGE_COLUMNS = "id, owner_id, name, category, category_id, ig_user_id";
    private static final String IG_COLUMNS = "id, username, name, account_type, biography, website, followers_count,"
            + " follows_count, media_count";

    @Inject
    SandboxDatabase db;

    public List<FacebookUser> users() {
        return db.list("SELECT id, name, email FROM sandbox_fb_user ORDER BY position", SandboxPeople::user);
    }

    public Optional<FacebookUser> user(String id) {
        return db.one("SELECT id, name, email FROM sandbox_fb_user WHERE id = ?", SandboxPeople::user, id);
    }

    /** The user's Pages in a stable order, as {@code /me/accounts} lists them. */
    public List<FacebookPage> pagesOf(String userId) {
        return db.list("SELECT " + PAGE_COLUMNS + " FROM sandbox_page WHERE owner_id = ? ORDER BY position, id",
                SandboxPeople::page, userId);
    }

    public Optional<FacebookPage> page(String id) {
        return db.one("SELECT " + PAGE_COLUMNS + " FROM sandbox_page WHERE id = ?", SandboxPeople::page, id);
    }

    public Optional<InstagramAccount> instagram(String id) {
        return db.one("SELECT " + IG_COLUMNS + " FROM sandbox_ig_user WHERE id = ?", SandboxPeople::instagram, id);
    }

    /** Every Instagram account of the sandbox, in id order. */
    public List<InstagramAccount> instagramAccounts() {
        return db.list("SELECT " + IG_COLUMNS + " FROM sandbox_ig_user ORDER BY id", SandboxPeople::instagram);
    }

    /** The Page through which {@code userId} reaches the Instagram account, if any. */
    public Optional<FacebookPage> pageLinking(String userId, String igUserId) {
        return db.one("SELECT " + PAGE_COLUMNS + " FROM sandbox_page WHERE owner_id = ? AND ig_user_id = ?",
                SandboxPeople::page, userId, igUserId);
    }

    private static FacebookUser user(java.sql.ResultSet row) throws java.sql.SQLException {
        return new FacebookUser(row.getString("id"), row.getString("name"), row.getString("email"));
    }

    private static InstagramAccount instagram(java.sql.ResultSet row) throws java.sql.SQLException {
        return new InstagramAccount(row.getString("id"), row.getString("username"), row.getString("name"),
                row.getString("account_type"), row.getString("biography"), row.getString("website"),
                row.getLong("followers_count"), row.getLong("follows_count"), row.getLong("media_count"));
    }

    private static FacebookPage page(java.sql.ResultSet row) throws java.sql.SQLException {
        return new FacebookPage(row.getString("id"), row.getString("owner_id"), row.getString("name"),
                row.getString("category"), row.getString("category_id"), row.getString("ig_user_id"));
    }
}
