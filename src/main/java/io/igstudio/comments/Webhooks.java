package io.igstudio.comments;

import io.igstudio.graph.GraphIds;
import io.igstudio.graph.IgComment;
import io.igstudio.graph.MetaPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Meta's webhooks for the {@code instagram} object (https://developers.facebook.com/docs/instagram-platform/webhooks):
 * the subscription handshake, and deliveries verified with {@code X-Hub-Signature-256} over the raw body
 * ({@link WebhookSignature}). A verified delivery is stored before anything else (a repeat of the same body is the
 * same row), then processed: its {@code comments} are stored for every person who connected the account and
 * screened by the account's rules; its {@code mentions} are announced as {@link MentionDelivered} for every IG
 * Studio account connected for the mentioned ig-user-id (the research feature keeps them for the account's mentions
 * page). A delivery whose processing failed or never ran (a crash) stays unprocessed; {@link CommentsTimer} picks it
 * up.
 */
@ApplicationScoped
public class Webhooks {

    private static final Logger LOG = Logger.getLogger(Webhooks.class.getName());
    /** What the sandbox's Meta app is set up with when no verify token is configured. */
    static final String SANDBOX_VERIFY_TOKEN = "igstudio-sandbox-verify-token";

    @Inject
    MetaPlatform meta;

    @Inject
    CommentBook book;

    @Inject
    Moderation moderation;

    @Inject
    MetricRegistry metrics;

    @Inject
    Event<MentionDelivered> mentionDelivered;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "igstudio.webhooks.verify-token")
    Optional<String> verifyToken;

    /** Webhooks are set up when a verify token is configured (the sandbox always delivers them). */
    public boolean configured() {
        return meta.isSandbox() || verifyToken.filter(t -> !t.isBlank()).isPresent();
    }

    private Optional<String> expectedToken() {
        Optional<String> configuredToken = verifyToken.filter(t -> !t.isBlank());
        return configuredToken.isPresent() ? configuredToken
                : meta.isSandbox() ? Optional.of(SANDBOX_VERIFY_TOKEN) : Optional.empty();
    }

    /** The challenge to echo when the handshake is Meta's for our token; empty otherwise (403). */
    public Optional<String> handshake(String mode, String token, String challenge) {
        Optional<String> expected = expectedToken();
        if (!"subscribe".equals(mode) || token == null || challenge == null || expected.isEmpty()
                || !java.security.MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.UTF_8),
                        token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(challenge);
    }

    public enum Outcome { REFUSED, STORED, REPEATED }

    /** Verifies and stores a delivery, then processes it; a repeated body changes nothing. */
    public Outcome receive(byte[] raw, String signature) {
        if (!WebhookSignature.verify(raw, signature, meta.appSecret())) {
            metrics.counter("igstudio_webhook_refused").inc();
            return Outcome.REFUSED;
        }
        CommentBook.Stored stored;
        try {
            stored = book.storeDelivery(WebhookSignature.sha256(raw), new String(raw, StandardCharsets.UTF_8));
        } catch (RuntimeException race) {
            // the same body arrived twice at once: the other request stored it (unique body_sha256)
            metrics.counter("igstudio_webhook_repeated").inc();
            return Outcome.REPEATED;
        }
        if (!stored.isNew()) {
            metrics.counter("igstudio_webhook_repeated").inc();
            return Outcome.REPEATED;
        }
        metrics.counter("igstudio_webhook_stored").inc();
        process(stored.id());
        return Outcome.STORED;
    }

    /** Processes a stored delivery; failures leave it for the timer. Processing twice stores nothing twice. */
    public void process(String deliveryId) {
        var delivery = book.delivery(deliveryId).orElse(null);
        if (delivery == null || delivery.getProcessedAt() != null) {
            return;
        }
        try {
            for (Change change : changes(delivery.getBody())) {
                for (CommentBook.AccountRef account : book.accountsOf(change.igUserId())) {
                    moderation.screen(account, book.store(account, change.comment()).stream().toList());
                }
            }
            for (Mention mention : mentions(delivery.getBody())) {
                List<String> accountIds = book.accountsOf(mention.igUserId()).stream()
                        .map(CommentBook.AccountRef::accountId).toList();
                if (!accountIds.isEmpty()) {
                    mentionDelivered.fire(new MentionDelivered(accountIds, mention.mediaId(), mention.commentId(),
                            clock.instant()));
                }
            }
            book.processed(deliveryId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook delivery " + deliveryId + " could not be processed; the timer retries it", e);
            book.failed(deliveryId, e.toString());
        }
    }

    /** A new comment on an account's media, from a {@code comments} change. */
    record Change(String igUserId, IgComment comment) {
    }

    /** A mention of an account, from a {@code mentions} change; {@code commentId} is null for a caption. */
    record Mention(String igUserId, String mediaId, String commentId) {
    }

    /**
     * The {@code comments} changes of a delivery: {@code {"object":"instagram","entry":[{"id":"<ig-user-id>","time":…,
     * "changes":[{"field":"comments","value":{"from":{"id","username"},"media":{"id"},"id","parent_id","text"}}]}]}}.
     */
    static List<Change> changes(String body) {
        List<Change> out = new ArrayList<>();
        eachChange(body, "comments", (igUserId, time, v) -> {
            String id = v.getString("id", null);
            String media = v.get("media") instanceof JsonObject m ? m.getString("id", null) : null;
            if (!isId(id) || !isId(media)) {
                return;
            }
            JsonObject from = v.get("from") instanceof JsonObject f ? f : JsonValue.EMPTY_JSON_OBJECT;
            out.add(new Change(igUserId, new IgComment(id, media, v.getString("parent_id", null),
                    from.getString("id", null), from.getString("username", null), v.getString("text", ""), time,
                    false, 0, List.of(), null)));
        });
        return out;
    }

    /**
     * The {@code mentions} changes of a delivery: {@code {"object":"instagram","entry":[{"id":"<ig-user-id of the
     * mentioned account>","time":…,"changes":[{"field":"mentions","value":{"media_id","comment_id"}}]}]}}, without
     * {@code comment_id} for a mention in a caption (https://developers.facebook.com/docs/instagram-platform/webhooks,
     * "mentions"). Ids that are not Graph ids are refused: they go into Graph paths later.
     */
    static List<Mention> mentions(String body) {
        List<Mention> out = new ArrayList<>();
        eachChange(body, "mentions", (igUserId, time, v) -> {
            String media = v.get("media_id") instanceof JsonString m ? m.getString() : null;
            JsonValue comment = v.get("comment_id");
            String commentId = comment instanceof JsonString c ? c.getString() : null;
            if (!isId(media) || (comment != null && comment != JsonValue.NULL && !isId(commentId))) {
                return;
            }
            out.add(new Mention(igUserId, media, commentId));
        });
        return out;
    }

    private interface ChangeHandler {
        void value(String igUserId, Instant time, JsonObject value);
    }

    /** Hands the value of each change of {@code field} with a Graph id as its entry's id; anything else is skipped. */
    private static void eachChange(String body, String field, ChangeHandler handler) {
        JsonObject root;
        try (var reader = Jsons.createReader(new StringReader(body))) {
            root = reader.readObject();
        } catch (RuntimeException notJson) {
            return;
        }
        if (!"instagram".equals(root.getString("object", null)) || !(root.get("entry") instanceof JsonArray entries)) {
            return;
        }
        for (JsonValue e : entries) {
            if (!(e instanceof JsonObject entry) || !(entry.get("changes") instanceof JsonArray changes)) {
                continue;
            }
            String igUserId = entry.get("id") instanceof JsonString id ? id.getString() : null;
            Instant time = entry.get("time") instanceof JsonNumber t ? Instant.ofEpochSecond(t.longValue()) : null;
            if (!isId(igUserId)) {
                continue;
            }
            for (JsonValue c : changes) {
                if (c instanceof JsonObject change && field.equals(change.getString("field", null))
                        && change.get("value") instanceof JsonObject v) {
                    handler.value(igUserId, time, v);
                }
            }
        }
    }

    private static boolean isId(String id) {
        return GraphIds.isValid(id);
    }
}
