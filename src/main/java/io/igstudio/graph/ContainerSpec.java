package io.igstudio.graph;

import io.igstudio.shared.infra.Jsons;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@code POST /{ig-user-id}/media} asks for. {@link #parameters()} sends only the parameters Meta
 * allows on the container's kind and refuses the rest, following the table "Container parameters and where
 * each is allowed" in graph-api-facts.md (Meta: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media).
 * Standalone {@code VIDEO} is not a kind: a video post is a reel shared to the feed (100/2207089 since
 * November 2023); {@code VIDEO} only names a carousel item.
 *
 * @param imageUrl public JPEG URL (images)
 * @param children container ids of a carousel's items, in order
 * @param userTags usernames with x, y in 0..1 ({@code null} coordinates on reels)
 * @param thumbOffsetMs reel frame in milliseconds when no cover is given
 * @param trialGraduation {@code MANUAL} or {@code SS_PERFORMANCE}, or {@code null} for a normal reel
 */
public record ContainerSpec(Kind kind, String imageUrl, String caption, String altText, List<String> collaborators,
                            List<String> children, List<UserTag> userTags, String locationId, String coverUrl,
                            Long thumbOffsetMs, String audioName, Boolean shareToFeed, String trialGraduation,
                            boolean aiGenerated) {

    /** The kinds of container IG Studio creates. Videos always go by resumable upload. */
    public enum Kind {
        IMAGE(false), CAROUSEL_IMAGE(false), CAROUSEL_VIDEO(true), CAROUSEL(false), REEL(true),
        STORY_IMAGE(false), STORY_VIDEO(true);

        private final boolean video;

        Kind(boolean video) {
            this.video = video;
        }

        public boolean video() {
            return video;
        }
    }

    public record UserTag(String username, Double x, Double y) {
    }

    public ContainerSpec {
        collaborators = collaborators == null ? List.of() : List.copyOf(collaborators);
        children = children == null ? List.of() : List.copyOf(children);
        userTags = userTags == null ? List.of() : List.copyOf(userTags);
    }

    public static ContainerSpec of(Kind kind) {
        return new ContainerSpec(kind, null, null, null, null, null, null, null, null, null, null, null, null, false);
    }

    public ContainerSpec withImageUrl(String url) {
        return new ContainerSpec(kind, url, caption, altText, collaborators, children, userTags, locationId, coverUrl,
                thumbOffsetMs, audioName, shareToFeed, trialGraduation, aiGenerated);
    }

    public ContainerSpec withChildren(List<String> ids) {
        return new ContainerSpec(kind, imageUrl, caption, altText, collaborators, ids, userTags, locationId, coverUrl,
                thumbOffsetMs, audioName, shareToFeed, trialGraduation, aiGenerated);
    }

    /** The form parameters for Meta, token excluded; {@link IllegalArgumentException} names a refused one. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        switch (kind) {
            case IMAGE -> p.put("image_url", required(imageUrl, "image_url"));
            case CAROUSEL_IMAGE -> {
                p.put("image_url", required(imageUrl, "image_url"));
                p.put("is_carousel_item", "true");
            }
            case CAROUSEL_VIDEO -> {
                p.put("media_type", "VIDEO");
                p.put("is_carousel_item", "true");
                p.put("upload_type", "resumable");
            }
            case CAROUSEL -> {
                if (children.size() < 2 || children.size() > 10) {
                    throw new IllegalArgumentException("A carousel has 2 to 10 items, not " + children.size());
                }
                p.put("media_type", "CAROUSEL");
                p.put("children", String.join(",", children));
            }
            case REEL -> {
                p.put("media_type", "REELS");
                p.put("upload_type", "resumable");
            }
            case STORY_IMAGE -> {
                p.put("media_type", "STORIES");
                p.put("image_url", required(imageUrl, "image_url"));
            }
            case STORY_VIDEO -> {
                p.put("media_type", "STORIES");
                p.put("upload_type", "resumable");
            }
        }
        boolean feedLevel = kind == Kind.IMAGE || kind == Kind.REEL || kind == Kind.CAROUSEL;
        optional(p, "caption", caption, feedLevel);
        optional(p, "alt_text", altText, kind == Kind.IMAGE || kind == Kind.CAROUSEL_IMAGE);
        optional(p, "collaborators", collaborators.isEmpty() ? null : json(collaborators), feedLevel);
        optional(p, "location_id", locationId, feedLevel);
        optional(p, "user_tags", userTags.isEmpty() ? null : userTagsJson(),
                kind == Kind.IMAGE || kind == Kind.CAROUSEL_IMAGE || kind == Kind.REEL || kind == Kind.STORY_IMAGE
                        || kind == Kind.STORY_VIDEO);
        optional(p, "cover_url", coverUrl, kind == Kind.REEL);
        optional(p, "thumb_offset", coverUrl == null && thumbOffsetMs != null ? thumbOffsetMs.toString() : null,
                kind == Kind.REEL);
        optional(p, "audio_name", audioName, kind == Kind.REEL);
        optional(p, "share_to_feed", shareToFeed == null ? null : shareToFeed.toString(), kind == Kind.REEL);
        optional(p, "trial_params", trialGraduation == null ? null
                : "{\"graduation_strategy\":\"" + trialGraduation + "\"}", kind == Kind.REEL);
        optional(p, "is_ai_generated", aiGenerated ? "true" : null,
                kind != Kind.CAROUSEL_IMAGE && kind != Kind.CAROUSEL_VIDEO);
        return p;
    }

    private void optional(Map<String, String> p, String name, String value, boolean allowed) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (!allowed) {
            throw new IllegalArgumentException("Meta does not take " + name + " on a " + kind + " container");
        }
        p.put(name, value);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private String userTagsJson() {
        List<String> tags = new ArrayList<>();
        for (UserTag t : userTags) {
            if (kind == Kind.REEL) {
                tags.add("{\"username\":" + quote(t.username()) + "}");
            } else if (t.x() == null || t.y() == null) {
                if (kind == Kind.IMAGE || kind == Kind.CAROUSEL_IMAGE) {
                    throw new IllegalArgumentException("A tag on a photo needs x and y");
                }
                tags.add("{\"username\":" + quote(t.username()) + "}");
            } else {
                tags.add("{\"username\":" + quote(t.username()) + ",\"x\":" + t.x() + ",\"y\":" + t.y() + "}");
            }
        }
        return "[" + String.join(",", tags) + "]";
    }

    private static String json(List<String> values) {
        return "[" + String.join(",", values.stream().map(ContainerSpec::quote).toList()) + "]";
    }

    private static String quote(String s) {
        return Jsons.createValue(s).toString();
    }
}
