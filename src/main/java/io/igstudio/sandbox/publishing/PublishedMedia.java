package io.igstudio.sandbox.publishing;

import io.igstudio.sandbox.control.SandboxClock;
import io.igstudio.sandbox.graph.GraphParameters;
import io.igstudio.sandbox.media.MediaStore;
import io.igstudio.sandbox.media.SandboxMedia;
import io.igstudio.sandbox.media.StoryClock;
import io.igstudio.sandbox.oauth.ResolvedToken;
import io.igstudio.sandbox.store.InstagramAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Media published through the sandbox, kept in the same store as the generated feed so that they show in
 * {@code /{ig-user-id}/media} and {@code /stories} with a permalink and {@code media_product_type}; and what an
 * owner can still do to a published post: delete it ({@code DELETE /{ig-media-id}}) and turn its comments off or
 * on ({@code POST /{ig-media-id}?comment_enabled=}). Nothing else about a published post can be changed through
 * the API: the IG Media reference's "Updating" section takes {@code comment_enabled} only
 * (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media), so a caption
 * edit is refused rather than silently ignored.
 */
@ApplicationScoped
public class PublishedMedia {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SHORTCODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    private static final String[] COLOURS = {"#264653", "#2a9d8f", "#e76f51", "#6d597a", "#355070", "#bc6c25"};

    @Inject
    MediaStore media;

    @Inject
    ContainerStore containers;

    @Inject
    PublishingAccess access;

    @Inject
    SandboxClock clock;

    /**
     * 17 digits starting with 177, like Meta's media and container ids: never a {@link StoryClock} id (18…), and never
     * one of the generated feeds' (178… and 179…, {@code MediaGenerator}), so a new id is checked against the stored
     * rows only, without generating every account's feed first.
     */
    static String randomId() {
        return String.format("177%014d", RANDOM.nextLong(100_000_000_000_000L));
    }

    String newMediaId() {
        String id;
        do {
            id = randomId();
        } while (media.isStored(id) || containers.exists(id));
        return id;
    }

    /** Stores the new media (with a carousel's children) as Meta shows it after {@code media_publish}. */
    void store(Container c, String mediaId, InstagramAccount account, Instant now, List<Container> children) {
        String colour = COLOURS[Math.floorMod(mediaId.hashCode(), COLOURS.length)];
        String label = label(c.caption(), account.username());
        Instant at = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String shortcode = shortcode();
        String mediaType;
        String productType;
        switch (c.kind()) {
            case ContainerDraft.REELS -> {
                mediaType = SandboxMedia.VIDEO;
                productType = SandboxMedia.REELS;
            }
            case ContainerDraft.STORIES -> {
                mediaType = c.isVideo() ? SandboxMedia.VIDEO : SandboxMedia.IMAGE;
                productType = SandboxMedia.STORY;
            }
            case ContainerDraft.CAROUSEL -> {
                mediaType = SandboxMedia.CAROUSEL;
                productType = SandboxMedia.FEED;
            }
            default -> {
                mediaType = SandboxMedia.IMAGE;
                productType = SandboxMedia.FEED;
            }
        }
        boolean shareToFeed = c.params().getBoolean("share_to_feed", true);
        List<SandboxMedia> rows = new ArrayList<>();
        List<SandboxMedia> items = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Container child = children.get(i);
            items.add(new SandboxMedia(newMediaId(), account.id(), mediaId,
                    child.isVideo() ? SandboxMedia.VIDEO : SandboxMedia.IMAGE, SandboxMedia.FEED, shortcode(), null,
                    at.minusSeconds(1), 0, 0, COLOURS[(i + 1) % COLOURS.length], label + " " + (i + 1) + "/" + children.size(),
                    i, true, true));
        }
        rows.add(new SandboxMedia(mediaId, account.id(), null, mediaType, productType, shortcode, c.caption(), at, 0, 0,
                colour, label, 0, true, shareToFeed));
        media.publish(account.id(), List.of(new io.igstudio.sandbox.media.MediaGenerator.Post(rows.get(0), List.copyOf(items))));
    }

    /** {@code DELETE /{ig-media-id}}: the whole post (a carousel with its items); carousel items alone cannot go. */
    public Optional<JsonObject> delete(String mediaId, ResolvedToken token, HttpServletRequest servlet) {
        Optional<SandboxMedia> found = media.find(mediaId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SandboxMedia m = found.get();
        access.admit(m.igUserId(), mediaId, "delete", PublishingAccess.DELETE, token, servlet);
        if (m.isChild()) {
            throw PublishingError.invalidParameter("A carousel item cannot be deleted on its own; delete the carousel "
                    + m.parentId() + ".").exception();
        }
        media.delete(mediaId);
        return Optional.of(Jsons.createObjectBuilder().add("success", true).build());
    }

    /** {@code POST /{ig-media-id}?comment_enabled=true|false}; empty when the id is no stored media. */
    public Optional<JsonObject> update(String mediaId, GraphParameters params, ResolvedToken token,
            HttpServletRequest servlet) {
        Optional<SandboxMedia> found = media.find(mediaId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SandboxMedia m = found.get();
        access.admit(m.igUserId(), mediaId, "post", PublishingAccess.COMMENTS, token, servlet);
        for (String name : ContainerRules.KNOWN) {
            if (params.get(name) != null) {
                throw PublishingError.invalidParameter("The parameter " + name + " cannot be changed on a published"
                        + " post; only comment_enabled can.").exception();
            }
        }
        String value = params.get("comment_enabled");
        if (value == null) {
            throw PublishingError.param("The parameter comment_enabled is required.").exception();
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw PublishingError.param("Param comment_enabled must be a boolean").exception();
        }
        if (m.isChild() || m.isStory()) {
            throw PublishingError.invalidParameter("Comments can only be turned on or off on a post or reel, not on "
                    + (m.isStory() ? "a story." : "a carousel item.")).exception();
        }
        media.setCommentEnabled(mediaId, Boolean.parseBoolean(value.toLowerCase()));
        return Optional.of(Jsons.createObjectBuilder().add("success", true).build());
    }

    private static String label(String caption, String username) {
        if (caption == null || caption.isBlank()) {
            return "@" + username;
        }
        String first = caption.strip().split("\\R", 2)[0];
        return first.length() > 28 ? first.substring(0, 27) + "\u2026" : first;
    }

    private static String shortcode() {
        StringBuilder code = new StringBuilder("D");
        for (int i = 0; i < 10; i++) {
            code.append(SHORTCODE_ALPHABET.charAt(RANDOM.nextInt(SHORTCODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
