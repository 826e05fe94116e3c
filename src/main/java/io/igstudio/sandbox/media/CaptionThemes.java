package io.igstudio.sandbox.media;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the seeded accounts post about: topics, sentences, hashtags, the people they mention and the colours
 * of their placeholder pictures. Captions are assembled from these, so they read like an account's own
 * posts, with the hashtags and @mentions Instagram captions carry.
 */
final class CaptionThemes {

    record Theme(List<String> topics, List<String> lines, List<String> hashtags, List<String> mentions,
            List<String> colours) {
    }

    private static final Theme BAKERY = new Theme(
            List.of("Sourdough", "Croissants", "Cinnamon buns", "Rye loaf", "Fruit tart", "Baguettes", "Focaccia",
                    "Morning bake", "Pain au chocolat", "Lemon cake"),
            List.of("Fresh out of the oven at 6am.", "Pre-orders for Saturday are open until Thursday night.",
                    "Seventy-two hours of cold fermentation, worth every minute.", "Our team shaped 400 of these today.",
                    "Back by popular demand.", "The crumb shot you asked for.", "Weekend special: while they last!"),
            List.of("#sourdough", "#bakery", "#portlandeats", "#realbread", "#pastry", "#bakerylife", "#croissant",
                    "#smallbatch", "#shoplocal", "#breadporn"),
            List.of("@portlandfarmersmarket", "@millerflourco", "@ava.creates", "@northwind.coffee", "@pdxfoodie"),
            List.of("#c8956d", "#e9c46a", "#f4a261", "#a26769", "#d4a373", "#bc6c25"));

    private static final Theme CREATOR = new Theme(
            List.of("Sketchbook", "Recipe card", "Studio day", "Ink study", "Watercolour", "Process video",
                    "Print drop", "Behind the scenes"),
            List.of("Drew this between two batches of dough.", "New recipe card, printable version in my bio.",
                    "Process video: from pencil to colour.", "Which one is your favourite?",
                    "Prints restock on Friday.", "A little sketch from this morning's market."),
            List.of("#illustration", "#sketchbook", "#foodillustration", "#watercolor", "#artistsoninstagram",
                    "#recipe", "#procreate", "#creativeprocess"),
            List.of("@avasbakery", "@lenaortiz.photo", "@inkandcrumb", "@paperfoxstudio"),
            List.of("#6d597a", "#b56576", "#355070", "#e56b6f", "#eaac8b", "#9a8c98"));

    private static final Theme COFFEE = new Theme(
            List.of("Ethiopia Guji", "Colombia Huila", "Espresso blend", "Latte art", "Roast day", "Cold brew",
                    "Cupping", "Kenya AA"),
            List.of("Roasted on Tuesday, in your cup by Thursday.", "Tasting notes: blueberry, jasmine, cocoa.",
                    "The cafe opens at 7 tomorrow.", "Meet the farmers behind this lot.",
                    "Cupping session this Sunday, free and open to all.", "New on the shelf."),
            List.of("#specialtycoffee", "#coffeeroasters", "#latteart", "#singleorigin", "#pourover", "#espresso",
                    "#coffeetime", "#thirdwavecoffee"),
            List.of("@avasbakery", "@harbor.yoga", "@baristaguild", "@cafeimports"),
            List.of("#6f4e37", "#a0522d", "#3e2723", "#8d6e63", "#c19a6b", "#4e342e"));

    private static final Theme PHOTO = new Theme(
            List.of("Portrait", "Lisbon", "Golden hour", "Iceland", "Street", "Film roll", "Studio light",
                    "Kyoto", "Wedding"),
            List.of("Shot on 35mm, no edits.", "Workshop spots for spring are open.",
                    "Light like this lasts about four minutes.", "Prints of this one are in the shop.",
                    "Swipe for the behind the scenes.", "Still thinking about this morning."),
            List.of("#portraitphotography", "#travelphotography", "#35mm", "#filmisnotdead", "#goldenhour",
                    "#streetphotography", "#photooftheday", "#canon"),
            List.of("@ava.creates", "@kodakprofessional", "@natgeotravel", "@lightroom"),
            List.of("#264653", "#2a9d8f", "#457b9d", "#1d3557", "#e76f51", "#8ecae6"));

    private static final Theme YOGA = new Theme(
            List.of("Sunrise flow", "Pilates", "Breathwork", "Yin class", "Teacher training", "Pose of the week",
                    "Studio news"),
            List.of("Class schedule for next week is up.", "First week free for new students.",
                    "Slow down, breathe, repeat.", "Sunrise flow on the deck this Saturday.",
                    "Meet our new teacher!", "Bring a friend, both classes free."),
            List.of("#yoga", "#pilates", "#yogaeveryday", "#mindfulness", "#breathwork", "#yogastudio",
                    "#wellness", "#yogacommunity"),
            List.of("@northwind.coffee", "@lululemon", "@yogajournal", "@harborfront"),
            List.of("#84a59d", "#f28482", "#f5cac3", "#7209b7", "#4cc9f0", "#90be6d"));

    private static final Map<String, Theme> BY_USERNAME = Map.of(
            "avasbakery", BAKERY, "ava.creates", CREATOR, "northwind.coffee", COFFEE,
            "lenaortiz.photo", PHOTO, "harbor.yoga", YOGA);

    private CaptionThemes() {
    }

    static Theme of(String username) {
        return BY_USERNAME.getOrDefault(username, CREATOR);
    }

    /** A caption: a topic line, one or two sentences, sometimes a mention, then two to six hashtags. */
    static String caption(Theme theme, String topic, SplittableRandom random) {
        StringBuilder caption = new StringBuilder(topic).append(". ").append(pick(theme.lines(), random));
        if (random.nextInt(3) == 0) {
            caption.append(' ').append(pick(theme.lines(), random));
        }
        if (random.nextInt(3) == 0) {
            caption.append(" With ").append(pick(theme.mentions(), random)).append('.');
        }
        caption.append("\n\n");
        int tags = 2 + random.nextInt(5);
        int start = random.nextInt(theme.hashtags().size());
        for (int i = 0; i < tags; i++) {
            caption.append(i == 0 ? "" : " ").append(theme.hashtags().get((start + i) % theme.hashtags().size()));
        }
        return caption.toString();
    }

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
