package io.igstudio.publishing;

/**
 * The kinds of post a person composes. A "video" post is a reel shared to the feed: Meta stopped taking
 * standalone video posts in November 2023 (graph-api-facts.md). Each type says which options Meta allows.
 */
public enum PostType {
    PHOTO("Photo", 1, 1),
    CAROUSEL("Carousel", 2, 10),
    REEL("Reel", 1, 1),
    VIDEO("Video (a reel shared to your feed)", 1, 1),
    STORY("Story", 1, 1);

    private final String label;
    private final int minItems;
    private final int maxItems;

    PostType(String label, int minItems, int maxItems) {
        this.label = label;
        this.minItems = minItems;
        this.maxItems = maxItems;
    }

    public String label() {
        return label;
    }

    public int minItems() {
        return minItems;
    }

    public int maxItems() {
        return maxItems;
    }

    public boolean reel() {
        return this == REEL || this == VIDEO;
    }

    /** Caption, collaborators and location go on feed posts and reels, never on stories. */
    public boolean takesCaption() {
        return this != STORY;
    }

    public boolean takesAltText() {
        return this == PHOTO || this == CAROUSEL;
    }

    public boolean feed() {
        return this == PHOTO || this == CAROUSEL;
    }

    public static PostType parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
