package io.igstudio.sandbox.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Extra Pages for a seeded sandbox person, each optionally linked to a new Instagram Business account, for load
 * tests (ops/bench-scheduler: 100 accounts). Ids and usernames are derived from the person and a number, so a
 * second call with the same count adds nothing: {@code count} is how many generated Pages the person has
 * afterwards. A Page generated without an account keeps none.
 */
@ApplicationScoped
public class GeneratedPages {

    /** The most generated Pages one person may have (ids leave room for 999,999). */
    public static final int MAX = 1000;

    @Inject
    SandboxDatabase db;

    @Inject
    SandboxPeople people;

    /** What the person has afterwards. */
    public record Result(int added, int generated, int pages) {
    }

    /** @return empty result with {@code pages == -1} when the person is unknown */
    public Result ensure(String userId, int count, boolean instagram) {
        FacebookUser user = people.user(userId).orElse(null);
        if (user == null) {
            return new Result(0, 0, -1);
        }
        String suffix = userId.length() > 5 ? userId.substring(userId.length() - 5) : userId;
        String slug = user.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
        int position = db.one("SELECT COALESCE(MAX(position), 0) AS p FROM sandbox_page WHERE owner_id = ?",
                row -> row.getInt("p"), userId).orElse(0);
        int added = 0;
        for (int i = 1; i <= Math.min(count, MAX); i++) {
            // 15-digit Page ids and 17-digit Instagram ids starting with 17841, as Meta's look
            String pageId = String.format("19%s%08d", suffix, i);
            if (people.page(pageId).isPresent()) {
                continue;
            }
            String igId = null;
            if (instagram) {
                igId = String.format("178419%s%06d", suffix, i);
                String username = String.format("%s.%03d", slug.length() > 50 ? slug.substring(0, 50) : slug, i);
                db.update("INSERT INTO sandbox_ig_user (id, username, name, account_type, biography, website,"
                                + " followers_count, follows_count, media_count) VALUES (?, ?, ?, 'BUSINESS', ?, NULL, ?, ?, 0)",
                        igId, username, user.name() + " client " + i, "A generated account of " + user.name() + ".",
                        100L + 37L * i, 10L + i);
            }
            db.update("INSERT INTO sandbox_page (id, owner_id, name, category, category_id, ig_user_id, position)"
                            + " VALUES (?, ?, ?, 'Local business', '2500', ?, ?)",
                    pageId, userId, user.name() + " client " + i, igId, ++position);
            added++;
        }
        int generated = db.one("SELECT COUNT(*) AS n FROM sandbox_page WHERE owner_id = ? AND id LIKE ?",
                row -> row.getInt("n"), userId, "19" + suffix + "%").orElse(0);
        return new Result(added, generated, people.pagesOf(userId).size());
    }
}
