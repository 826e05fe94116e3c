package io.igstudio.sandbox.research;

import io.igstudio.sandbox.graph.FieldSelection;
import io.igstudio.sandbox.graph.GraphCalls;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.graph.GraphNodes;
import io.igstudio.sandbox.graph.Paging;
import io.igstudio.sandbox.oauth.ResolvedToken;
import io.igstudio.sandbox.publishing.PublishingError;
import io.igstudio.sandbox.store.InstagramAccount;
import io.igstudio.sandbox.store.SandboxDatabase;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The research fields of the IG User node: {@code business_discovery.username(NAME){...}}
 * (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/business_discovery),
 * {@code mentioned_media.media_id(ID){...}} (.../ig-user/mentioned_media) and
 * {@code mentioned_comment.comment_id(ID){...}} (.../ig-user/mentioned_comment). The node itself (reachability,
 * instagram_basic, pages_read_engagement) was admitted by {@code InstagramGraph}; each field adds its permission.
 */
@ApplicationScoped
public class ResearchFields {

    public static final Set<String> NAMES = Set.of("business_discovery", "mentioned_media", "mentioned_comment");

    @Inject
    GraphCalls calls;

    @Inject
    SandboxDatabase db;

    @Inject
    SandboxPeople people;

    @Inject
    Mentions mentions;

    @Inject
    io.igstudio.sandbox.control.SandboxClock clock;

    public JsonObject field(InstagramAccount me, String name, FieldSelection fields, ResolvedToken token, String baseUrl) {
        Instant now = clock.now();
        return switch (name) {
            case "business_discovery" -> {
                calls.requireScope(token, "instagram_manage_insights");
                yield discover(fields.modifier(name, "username"), fields.sub(name), baseUrl, now);
            }
            case "mentioned_media" -> {
                calls.requireScope(token, "instagram_manage_comments");
                yield mentions.mentionedMedia(me.id(), fields.modifier(name, "media_id"), fields.sub(name), baseUrl);
            }
            default -> {
                calls.requireScope(token, "instagram_manage_comments");
                yield mentions.mentionedComment(me.id(), fields.modifier(name, "comment_id"), fields.sub(name), baseUrl);
            }
        };
    }

    /** A public Business or Creator account: the sandbox's made-up ones, or one of the seeded people's. */
    private record Target(InstagramAccount account, String type, boolean ageGated) {
    }

    JsonObject discover(String username, FieldSelection requested, String baseUrl, Instant now) {
        if (username == null || username.isBlank()) {
            throw GraphError.invalidParameter("The parameter username is required").exception();
        }
        Target target = find(username).filter(t -> !"PERSONAL".equals(t.type()) && !t.ageGated())
                .orElseThrow(() -> cannotFind(username).exception());
        FieldSelection fields = requested.orDefaults("id");
        JsonObject plain = GraphNodes.instagram(target.account(), fields.without(Set.of("media")), baseUrl);
        if (!fields.has("media")) {
            return plain;
        }
        JsonObjectBuilder json = Jsons.createObjectBuilder(plain);
        InstagramAccount a = target.account();
        List<ResearchMedia> items = OtherMedia.of(a.id(), a.username(), a.mediaCount(), now);
        Paging window = Paging.window(items.size(), fields.limit("media"), fields.modifier("media", "after"),
                fields.modifier("media", "before"));
        JsonArrayBuilder data = Jsons.createArrayBuilder();
        for (ResearchMedia m : items.subList(window.from(), window.to())) {
            data.add(m.json(fields.sub("media"), ResearchMedia.PUBLIC_FIELDS, baseUrl));
        }
        JsonObjectBuilder media = Jsons.createObjectBuilder().add("data", data);
        if (!window.isEmpty()) {
            JsonObjectBuilder cursors = Jsons.createObjectBuilder().add("before", window.beforeCursor());
            cursors.add("after", window.afterCursor());
            media.add("paging", Jsons.createObjectBuilder().add("cursors", cursors));
        }
        return json.add("media", media).build();
    }

    private Optional<Target> find(String username) {
        Optional<Target> made = db.one("SELECT id, username, name, account_type, age_gated, biography, website,"
                + " followers_count, follows_count, media_count FROM sandbox_public_account WHERE username = ?",
                row -> new Target(new InstagramAccount(row.getString("id"), row.getString("username"), row.getString("name"),
                        row.getString("account_type"), row.getString("biography"), row.getString("website"),
                        row.getLong("followers_count"), row.getLong("follows_count"), row.getLong("media_count")),
                        row.getString("account_type"), row.getBoolean("age_gated")), username);
        if (made.isPresent()) {
            return made;
        }
        return people.instagramAccounts().stream().filter(a -> a.username().equalsIgnoreCase(username)).findFirst()
                .map(a -> new Target(a, a.accountType(), false));
    }

    /**
     * An unknown username, a personal account or an age-gated one: Meta answers them alike, code 110 with subcode
     * 2207013 "Invalid user id" / "Cannot find User" (as recorded by Business Discovery clients, e.g.
     * "Meta NO distingue una cuenta personal de un @ inexistente: ambos devuelven 110/2207013"); "Data about
     * age-gated Instagram Business IG Users will not be returned" (business_discovery reference).
     */
    static PublishingError cannotFind(String username) {
        return new PublishingError(400, "Invalid user id", 110, 2207013, "Cannot find User",
                "The user with username: " + username + " cannot be found.");
    }
}
