package io.igstudio.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks a submission passes before anything is queued, the same the page's counters show: Meta's
 * caption limits (2,200 characters, 30 hashtags, 20 @mentions), collaborators (up to 3, no "@"), items
 * per type, and options only on the types Meta takes them on (graph-api-facts.md). Errors come back per
 * field, in plain words, for the field fragment.
 */
public final class ComposeRules {

    static final int MAX_CAPTION = 2200;
    public static final int MAX_HASHTAGS = 30;
    static final int MAX_MENTIONS = 20;
    static final int MAX_ALT_TEXT = 1000;
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w&])#[\\p{L}\\p{N}_]+");
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@[A-Za-z0-9._]+");
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._]{1,30}");

    private ComposeRules() {
    }

    static final int MAX_USER_TAGS = 20;

    /** Hashtags as Instagram counts them in a caption; hashtag sets (research) count with it too. */
    public static int hashtags(String caption) {
        return count(HASHTAG.matcher(caption));
    }

    static int mentions(String caption) {
        return count(MENTION.matcher(caption));
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * @param files the person's library files by id (others are not theirs and count as missing)
     * @param ownAccounts ids of the person's Instagram accounts
     */
    static Map<String, String> check(ComposeForm form, Function<String, MediaFile> files, List<String> ownAccounts) {
        Map<String, String> errors = new LinkedHashMap<>();
        PostType type = PostType.parse(form.get("type"));
        if (type == null) {
            errors.put("type", "Choose what to post: a photo, a carousel, a reel, a video or a story.");
            return errors;
        }
        List<String> accounts = form.all("account");
        if (accounts.isEmpty()) {
            errors.put("account", "Choose at least one account to publish to.");
        } else if (!ownAccounts.containsAll(accounts)) {
            errors.put("account", "One of the chosen accounts is not connected to IG Studio.");
        }
        String caption = form.get("caption");
        if (!caption.isBlank()) {
            if (!type.takesCaption()) {
                errors.put("caption", "Stories have no caption on Instagram. Remove it, or post to the feed.");
            } else if (caption.codePointCount(0, caption.length()) > MAX_CAPTION) {
                errors.put("caption", "The caption has " + caption.codePointCount(0, caption.length())
                        + " characters; Instagram allows " + MAX_CAPTION + ".");
            } else if (hashtags(caption) > MAX_HASHTAGS) {
                errors.put("caption", "The caption has " + hashtags(caption) + " hashtags; Instagram allows "
                        + MAX_HASHTAGS + ".");
            } else if (mentions(caption) > MAX_MENTIONS) {
                errors.put("caption", "The caption has " + mentions(caption) + " @mentions; Instagram allows "
                        + MAX_MENTIONS + ".");
            }
        }
        items(form, type, files, errors);
        List<String> collaborators = form.collaborators();
        if (!collaborators.isEmpty()) {
            if (type == PostType.STORY) {
                errors.put("collaborators", "Stories cannot have collaborators.");
            } else if (collaborators.size() > 3) {
                errors.put("collaborators", "Invite at most 3 collaborators.");
            } else if (!collaborators.stream().allMatch(c -> USERNAME.matcher(c).matches())) {
                errors.put("collaborators", "Write Instagram usernames without \"@\", separated by commas.");
            }
        }
        if (!form.get("location").isBlank()) {
            if (type == PostType.STORY) {
                errors.put("location", "Stories cannot have a location through the API.");
            } else if (!form.get("location").strip().matches("\\d{1,32}")) {
                errors.put("location", "The location is the number of a Facebook Page with an address.");
            }
        }
        reelOptions(form, type, files, errors);
        return errors;
    }

    private static void items(ComposeForm form, PostType type, Function<String, MediaFile> files,
                              Map<String, String> errors) {
        List<String> items = form.all("item");
        if (items.size() < type.minItems() || items.size() > type.maxItems()) {
            errors.put("item", switch (type) {
                case CAROUSEL -> "A carousel has 2 to 10 photos or videos; " + items.size() + " are chosen.";
                case PHOTO -> "Choose one photo.";
                case STORY -> "Choose one photo or video for the story.";
                default -> "Choose one video.";
            });
            return;
        }
        for (String id : items) {
            MediaFile file = files.apply(id);
            if (file == null) {
                errors.put("item", "A chosen file is no longer in your library.");
                return;
            }
            boolean video = file.getKind() == MediaFile.Kind.VIDEO;
            if (type == PostType.PHOTO && video) {
                errors.put("item", "A photo post needs a photo. Post a video as a reel or a video.");
            } else if (type.reel() && !video) {
                errors.put("item", "A reel needs a video.");
            } else if (type.feed() && !video && !ImagePreparation.feedRatio(file.getWidth(), file.getHeight())) {
                errors.put("item", MediaFiles.ratioMessage(file));
                errors.put("crop", id);
            } else if (video && !type.reel() && type != PostType.CAROUSEL && type != PostType.STORY) {
                errors.put("item", "This type of post takes no video.");
            } else if (video) {
                var facts = new VideoInspection.VideoFacts(file.getWidth(), file.getHeight(),
                        file.getDurationMs() == null ? 0 : file.getDurationMs(), "", true);
                String problem = VideoInspection.problemFor(facts, file.getBytes(), type == PostType.STORY);
                if (problem != null) {
                    errors.put("item", problem);
                }
            }
            tags(form, type, id, video, errors);
            String alt = form.alt(id);
            if (!alt.isBlank() && (!type.takesAltText() || video)) {
                errors.put("alt_" + id, "Alt text goes on photos in the feed only.");
            } else if (alt.length() > MAX_ALT_TEXT) {
                errors.put("alt_" + id, "Alt text can be at most " + MAX_ALT_TEXT + " characters.");
            }
        }
    }

    /**
     * User tags (graph-api-facts.md): on photos with x and y, on reels by username only, on stories with or
     * without a place; not on a carousel's videos; at most {@value #MAX_USER_TAGS} per photo or video.
     */
    private static void tags(ComposeForm form, PostType type, String id, boolean video, Map<String, String> errors) {
        String text = form.tagsText(id);
        if (text.isBlank()) {
            return;
        }
        List<PostSpec.Tag> tags;
        try {
            tags = ComposeForm.tags(text);
        } catch (IllegalArgumentException e) {
            errors.put("tags_" + id, e.getMessage());
            return;
        }
        if (video && type == PostType.CAROUSEL) {
            errors.put("tags_" + id, "Instagram takes no people tags on a carousel's videos.");
        } else if (tags.size() > MAX_USER_TAGS) {
            errors.put("tags_" + id, "Tag at most " + MAX_USER_TAGS + " people on one photo or video.");
        } else if (!type.reel() && type != PostType.STORY && tags.stream().anyMatch(t -> t.x() == null)) {
            errors.put("tags_" + id, "Place each tag on the photo: click the preview where the person is.");
        }
    }

    private static void reelOptions(ComposeForm form, PostType type, Function<String, MediaFile> files,
                                    Map<String, String> errors) {
        boolean reelOnly = !form.get("cover").isBlank() || !form.get("thumbOffsetMs").isBlank()
                || !form.get("audioName").isBlank() || !form.get("trial").isBlank() || form.checked("shareToFeed");
        if (!type.reel()) {
            if (reelOnly) {
                errors.put("reel", "Cover, frame, audio name, trial and \"share to feed\" are options of reels only.");
            }
            return;
        }
        if (!form.get("cover").isBlank()) {
            MediaFile cover = files.apply(form.get("cover"));
            if (cover == null || cover.getKind() != MediaFile.Kind.IMAGE) {
                errors.put("cover", "The cover must be a photo from your library.");
            }
        }
        if (!form.get("thumbOffsetMs").isBlank() && !form.get("thumbOffsetMs").strip().matches("\\d{1,9}")) {
            errors.put("thumbOffsetMs", "The frame is a position in milliseconds.");
        } else if (!form.get("thumbOffsetMs").isBlank() && !form.all("item").isEmpty()) {
            // Meta refuses a thumb_offset past the video's end (2207057, graph-api-facts.md)
            MediaFile video = files.apply(form.all("item").get(0));
            long offset = Long.parseLong(form.get("thumbOffsetMs").strip());
            if (video != null && video.getDurationMs() != null && offset >= video.getDurationMs()) {
                errors.put("thumbOffsetMs", "The frame is after the end of the video (" + video.getDurationMs()
                        + " ms); choose it with the scrubber.");
            }
        }
        if (!form.get("trial").isBlank() && !List.of("MANUAL", "SS_PERFORMANCE").contains(form.get("trial"))) {
            errors.put("trial", "Choose manual or automatic graduation.");
        }
        if (form.get("audioName").length() > 100) {
            errors.put("audioName", "The audio name can be at most 100 characters.");
        }
    }
}
