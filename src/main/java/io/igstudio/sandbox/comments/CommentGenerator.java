package io.igstudio.sandbox.comments;

import io.igstudio.sandbox.media.SandboxMedia;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A media's generated thread: the same comments, replies, usernames and like counts whenever it is generated
 * (the random source is seeded with the media's id), some of them questions, some with links, and the account's
 * own replies among them. At most {@link #MAX_TOP_LEVEL} top-level comments, never more than the media's
 * {@code comments_count}; Meta's count may exceed what the edge returns too (comments of restricted users and on
 * ads are not returned: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/comments).
 */
public final class CommentGenerator {

    static final int MAX_TOP_LEVEL = 12;

    static final String[] FANS = {"mia.bakes", "leo_travels", "sofia.reads", "noah.runs", "emma_sketches",
        "oliver.cooks", "ava_in_pdx", "lucas.films", "isla.knits", "ethan.codes", "zoe_plants", "jack.climbs"};
    static final String[] TEXTS = {"Love this! 😍", "So beautiful", "What time do you open on Sundays?",
        "This made my day", "Is this available for delivery?", "🔥🔥🔥", "Can't wait to try it", "Amazing work!",
        "Where can I buy this?", "Looks delicious", "Recipe please?", "Saw you at the market, great stuff",
        "The colours! 👏", "Do you ship abroad?", "My favourite so far"};
    /** What the control page's spam looks like: links, mentions and the usual phrases. */
    static final String[] SPAM = {"Get 10k followers free 👉 http://free-followers.example.com",
        "DM me to earn $500 a day!! crypto giveaway", "Check my page for a giveaway @win.now @free.stuff @promo.deals @cash.daily",
        "Promote it on @boost.page ➡️ https://boost.example.net"};
    static final String[] OWNER_REPLIES = {"Thank you so much!", "We open at 9 on Sundays 😊", "Yes! Send us a DM.",
        "Thanks for coming by!"};

    private CommentGenerator() {
    }

    static List<SandboxComment> thread(SandboxMedia media, String ownerUsername, Instant now) {
        SplittableRandom random = new SplittableRandom(media.id().hashCode() * 31L + 7);
        int topLevel = (int) Math.min(MAX_TOP_LEVEL, media.commentsCount());
        List<SandboxComment> out = new ArrayList<>();
        Instant start = media.takenAt().plusSeconds(60);
        long span = Math.max(60, Math.min(now.getEpochSecond(), media.takenAt().getEpochSecond() + 5 * 86_400)
                - start.getEpochSecond());
        for (int i = 0; i < topLevel; i++) {
            Instant at = start.plusSeconds((span * i) / Math.max(1, topLevel) + random.nextInt(50));
            String fan = FANS[random.nextInt(FANS.length)];
            SandboxComment comment = new SandboxComment(id(media.id(), i, 0), media.id(), media.igUserId(), null,
                    fanId(fan), fan, TEXTS[random.nextInt(TEXTS.length)], at, false, random.nextInt(12), null);
            out.add(comment);
            int replies = random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0;
            for (int r = 0; r < replies; r++) {
                boolean owner = r == 0;
                String who = owner ? ownerUsername : FANS[random.nextInt(FANS.length)];
                out.add(new SandboxComment(id(media.id(), i, r + 1), media.id(), media.igUserId(), comment.id(),
                        owner ? media.igUserId() : fanId(who), who,
                        owner ? OWNER_REPLIES[random.nextInt(OWNER_REPLIES.length)] : "@" + fan + " same here!",
                        at.plusSeconds(300L * (r + 1)), false, random.nextInt(3), null));
            }
        }
        return out;
    }

    /** 17 digits starting with 179, stable for a media and position (never a media id, which start 178 or 179 less often). */
    static String id(String mediaId, int comment, int reply) {
        long h = Math.floorMod((mediaId + ":" + comment + ":" + reply).hashCode(), 1_000_000_000L);
        return String.format("179%05d%09d", Math.floorMod(mediaId.hashCode(), 100_000), h);
    }

    /** An Instagram-scoped id for a fan, stable per username. */
    static String fanId(String username) {
        return String.format("1784150%010d", Math.floorMod(username.hashCode(), 10_000_000_000L));
    }
}
