package io.igstudio.sandbox.comments;

import io.igstudio.sandbox.control.SandboxClock;
import io.igstudio.sandbox.media.MediaStore;
import io.igstudio.sandbox.media.SandboxMedia;
import io.igstudio.sandbox.store.InstagramAccount;
import io.igstudio.sandbox.store.SandboxPeople;
import io.igstudio.sandbox.webhooks.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * New comments arriving on the sandbox's media, by hand or every N seconds (some of them spam), each announced
 * to IG Studio as Meta announces it: a {@code comments} webhook on the {@code instagram} object, signed with the
 * app secret ({@link WebhookSender}). Meta may deliver a notification more than once ("Webhooks ... can be sent
 * more than once", https://developers.facebook.com/docs/instagram-platform/webhooks), so this feed sends some of
 * them twice. Templates see it as {@code commentFeed}.
 */
@Named("commentFeed")
@ApplicationScoped
public class CommentFeed {

    /** One delivery in this many is sent twice when the feed runs by itself. */
    static final int TWICE_ONE_IN = 4;

    @Inject
    CommentStore store;

    @Inject
    MediaStore media;

    @Inject
    SandboxPeople people;

    @Inject
    SandboxClock clock;

    @Inject
    WebhookSender sender;

    private final SplittableRandom random = new SplittableRandom();
    private final Map<String, Auto> automatic = new ConcurrentHashMap<>();

    /** A feed running by itself for one account. */
    public record Auto(String igUserId, int everySeconds, int spamPercent, Instant lastAt) {
    }

    /** What one arrival did: the comment and the HTTP status of each webhook delivery (empty when none). */
    public record Arrival(SandboxComment comment, List<Integer> deliveries) {
        public JsonObject toJson() {
            var statuses = Jsons.createArrayBuilder();
            deliveries.forEach(statuses::add);
            return Jsons.createObjectBuilder().add("id", comment.id()).add("media_id", comment.mediaId())
                    .add("username", comment.username()).add("text", comment.text()).add("deliveries", statuses).build();
        }
    }

    public List<Auto> automatic() {
        return List.copyOf(automatic.values());
    }

    /**
     * A comment arrives on {@code mediaId} (default: the account's newest feed post) with {@code text} (default:
     * a fan's or, with {@code spam}, a spammer's words), announced by one webhook, or two when {@code twice}.
     */
    public Optional<Arrival> arrive(String igUserId, String mediaId, String text, boolean spam, boolean twice) {
        Optional<InstagramAccount> account = people.instagram(igUserId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Optional<SandboxMedia> target = mediaId == null || mediaId.isBlank()
                ? media.feed(igUserId, 0, 1).stream().findFirst()
                : media.find(mediaId).filter(m -> m.igUserId().equals(igUserId));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String username;
        String words;
        synchronized (random) {
            username = spam ? "promo.deals" + random.nextInt(100) : CommentGenerator.FANS[random.nextInt(CommentGenerator.FANS.length)];
            words = text != null && !text.isBlank() ? text
                    : spam ? CommentGenerator.SPAM[random.nextInt(CommentGenerator.SPAM.length)]
                    : CommentGenerator.TEXTS[random.nextInt(CommentGenerator.TEXTS.length)];
        }
        SandboxComment c = store.add(target.get(), null, CommentGenerator.fanId(username), username, words);
        String body = payload(c, target.get()).toString();
        List<Integer> deliveries = new ArrayList<>();
        deliveries.add(sender.deliver(body));
        if (twice) {
            deliveries.add(sender.deliver(body));
        }
        return Optional.of(new Arrival(c, deliveries));
    }

    public void start(String igUserId, int everySeconds, int spamPercent) {
        automatic.put(igUserId, new Auto(igUserId, Math.max(1, everySeconds), Math.max(0, Math.min(100, spamPercent)),
                clock.now()));
    }

    public void stop(String igUserId) {
        automatic.remove(igUserId);
    }

    /** Called by {@link CommentFeedTimer}: each running feed whose interval has passed gets a comment. */
    void tick() {
        Instant now = clock.now();
        for (Auto auto : automatic.values()) {
            if (auto.lastAt().plusSeconds(auto.everySeconds()).isAfter(now)) {
                continue;
            }
            automatic.computeIfPresent(auto.igUserId(), (k, a) -> new Auto(a.igUserId(), a.everySeconds(),
                    a.spamPercent(), now));
            boolean spam;
            boolean twice;
            synchronized (random) {
                spam = random.nextInt(100) < auto.spamPercent();
                twice = random.nextInt(TWICE_ONE_IN) == 0;
            }
            arrive(auto.igUserId(), null, null, spam, twice);
        }
    }

    /**
     * Meta's {@code comments} notification (https://developers.facebook.com/docs/instagram-platform/webhooks,
     * "comments" example): {@code {"object":"instagram","entry":[{"id","time","changes":[{"field":"comments",
     * "value":{"from":{"id","username"},"media":{"id","media_product_type"},"id","text"}}]}]}}.
     */
    static JsonObject payload(SandboxComment c, SandboxMedia m) {
        JsonObjectBuilder value = Jsons.createObjectBuilder()
                .add("from", Jsons.createObjectBuilder().add("id", c.fromId()).add("username", c.username()))
                .add("media", Jsons.createObjectBuilder().add("id", m.id()).add("media_product_type", m.productType()))
                .add("id", c.id());
        if (c.parentId() != null) {
            value.add("parent_id", c.parentId());
        }
        value.add("text", c.text());
        return Jsons.createObjectBuilder().add("object", "instagram").add("entry", Jsons.createArrayBuilder()
                .add(Jsons.createObjectBuilder().add("id", c.igUserId()).add("time", c.createdAt().getEpochSecond())
                        .add("changes", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder()
                                .add("field", "comments").add("value", value))))).build();
    }

    /** No account gets comments by itself any more, as at start. */
    public void forgetAll() {
        automatic.clear();
    }
}
