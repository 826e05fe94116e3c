package io.igstudio.sandbox.research;

import io.igstudio.sandbox.control.SandboxClock;
import io.igstudio.sandbox.store.InstagramAccount;
import io.igstudio.sandbox.store.SandboxDatabase;
import io.igstudio.sandbox.store.SandboxPeople;
import io.igstudio.sandbox.webhooks.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * New mentions of a seeded account arriving by hand: one of the made-up public accounts ({@code sandbox_public_account})
 * mentions it in a new post's caption or in a comment on a new post, kept in {@code sandbox_mention} (so
 * {@code mentioned_media}, {@code mentioned_comment} and replies work on it) and announced to IG Studio by Meta's
 * {@code mentions} webhook, signed like every sandbox delivery ({@link WebhookSender}).
 */
@ApplicationScoped
public class MentionFeed {

    private static final String[] CAPTIONS = {"Saturday market haul.", "Trying a new recipe tonight.",
        "Behind the counter this morning.", "Our window display for the season."};

    @Inject
    Mentions mentions;

    @Inject
    SandboxPeople people;

    @Inject
    SandboxDatabase db;

    @Inject
    SandboxClock clock;

    @Inject
    WebhookSender sender;

    private final SplittableRandom random = new SplittableRandom();

    /** What one arrival did: the mention and the HTTP status of each webhook delivery (0 when it could not be sent). */
    public record Arrival(String mediaId, String commentId, String authorUsername, String text, List<Integer> deliveries) {
        public JsonObject toJson() {
            var statuses = Jsons.createArrayBuilder();
            deliveries.forEach(statuses::add);
            JsonObjectBuilder json = Jsons.createObjectBuilder().add("media_id", mediaId);
            if (commentId == null) {
                json.addNull("comment_id");
            } else {
                json.add("comment_id", commentId);
            }
            return json.add("username", authorUsername).add("text", text).add("deliveries", statuses).build();
        }
    }

    private record Author(String id, String username) {
    }

    /**
     * One of the public accounts mentions {@code igUserId} in a new post's caption, or with {@code inComment} in a
     * comment on a new post of theirs, with {@code text} (default: a few words; the account's {@code @username} is
     * put in front when the text does not name it). Its webhook is delivered once, or twice when {@code twice}.
     * Empty when there is no such sandbox Instagram account.
     */
    public Optional<Arrival> arrive(String igUserId, boolean inComment, String text, boolean twice) {
        Optional<InstagramAccount> account = people.instagram(igUserId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        List<Author> authors = db.list("SELECT id, username FROM sandbox_public_account ORDER BY id",
                r -> new Author(r.getString("id"), r.getString("username")));
        Instant now = clock.now();
        Author author;
        String caption;
        long likes;
        long seed;
        synchronized (random) {
            author = authors.get(random.nextInt(authors.size()));
            caption = CAPTIONS[random.nextInt(CAPTIONS.length)];
            likes = 5 + random.nextInt(500);
            seed = random.nextLong();
        }
        String handle = "@" + account.get().username();
        String words = text == null || text.isBlank() ? (inComment ? handle + " you have to see this!"
                : "Picked up bread from " + handle + " this morning.") : text.strip();
        if (!words.toLowerCase(Locale.ROOT).contains(handle.toLowerCase(Locale.ROOT))) {
            words = handle + " " + words;
        }
        String mediaId = OtherMedia.id("1790", "mention-media:" + igUserId + ":" + now.toEpochMilli() + ":" + seed);
        String commentId = inComment
                ? OtherMedia.id("1790", "mention-comment:" + igUserId + ":" + now.toEpochMilli() + ":" + seed) : null;
        mentions.add(new Mentions.Mention(mediaId, commentId, igUserId, author.id(), author.username(),
                inComment ? caption : words, inComment ? words : null, likes, inComment ? 1 + likes / 20 : likes / 20,
                true, now));
        String body = payload(igUserId, mediaId, commentId, now).toString();
        List<Integer> deliveries = new ArrayList<>();
        deliveries.add(sender.deliver(body));
        if (twice) {
            deliveries.add(sender.deliver(body));
        }
        return Optional.of(new Arrival(mediaId, commentId, author.username(), words, deliveries));
    }

    /**
     * Meta's {@code mentions} notification (https://developers.facebook.com/docs/instagram-platform/webhooks,
     * "mentions"): {@code {"object":"instagram","entry":[{"id":"<ig-user-id of the mentioned account>","time",
     * "changes":[{"field":"mentions","value":{"media_id","comment_id"}}]}]}}; no {@code comment_id} for a caption.
     */
    static JsonObject payload(String igUserId, String mediaId, String commentId, Instant time) {
        JsonObjectBuilder value = Jsons.createObjectBuilder().add("media_id", mediaId);
        if (commentId != null) {
            value.add("comment_id", commentId);
        }
        return Jsons.createObjectBuilder().add("object", "instagram").add("entry", Jsons.createArrayBuilder()
                .add(Jsons.createObjectBuilder().add("id", igUserId).add("time", time.getEpochSecond())
                        .add("changes", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder()
                                .add("field", "mentions").add("value", value))))).build();
    }
}
