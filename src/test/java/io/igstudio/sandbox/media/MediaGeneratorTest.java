package io.igstudio.sandbox.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MediaGeneratorTest {

    static final Instant NOW = Instant.parse("2026-11-20T09:05:31Z");
    /** The seeded accounts (V2__sandbox_seed.sql): id, username, followers, media_count. */
    static final List<Object[]> ACCOUNTS = List.of(
            new Object[] {"17841400000000101", "avasbakery", 4812L, 287},
            new Object[] {"17841400000000102", "ava.creates", 15230L, 164},
            new Object[] {"17841400000000403", "northwind.coffee", 22950L, 612},
            new Object[] {"17841400000000414", "lenaortiz.photo", 58411L, 932},
            new Object[] {"17841400000000426", "harbor.yoga", 3377L, 148});

    static List<MediaGenerator.Post> feed(Object[] a, Instant now) {
        return MediaGenerator.feed((String) a[0], (String) a[1], (Long) a[2], (Integer) a[3], now);
    }

    static Stream<SandboxMedia> all(List<MediaGenerator.Post> posts) {
        return posts.stream().flatMap(p -> Stream.concat(Stream.of(p.media()), p.children().stream()));
    }

    @Test
    void everyAccountGetsItsMediaCountNewestFirst() {
        for (Object[] a : ACCOUNTS) {
            List<MediaGenerator.Post> posts = feed(a, NOW);
            assertEquals(a[3], posts.size());
            assertTrue(posts.size() >= 60);
            for (int i = 1; i < posts.size(); i++) {
                assertTrue(posts.get(i).media().takenAt().isBefore(posts.get(i - 1).media().takenAt()), a[1] + " #" + i);
            }
            assertTrue(posts.get(0).media().takenAt().isBefore(NOW));
        }
    }

    @Test
    void everyAccountMixesImagesLegacyVideosCarouselsAndReels() {
        for (Object[] a : ACCOUNTS) {
            Map<String, Long> kinds = new java.util.HashMap<>();
            feed(a, NOW).forEach(p -> kinds.merge(p.media().mediaType() + "/" + p.media().productType(), 1L, Long::sum));
            for (String kind : List.of("IMAGE/FEED", "VIDEO/FEED", "VIDEO/REELS", "CAROUSEL_ALBUM/FEED")) {
                assertTrue(kinds.getOrDefault(kind, 0L) >= 1, a[1] + " has no " + kind + ": " + kinds);
            }
            assertEquals(Set.of("IMAGE/FEED", "VIDEO/FEED", "VIDEO/REELS", "CAROUSEL_ALBUM/FEED"), kinds.keySet());
        }
    }

    @Test
    void legacyFeedVideosPredateTheReelsOnlyCutover() {
        for (Object[] a : ACCOUNTS) {
            feed(a, NOW).stream().map(MediaGenerator.Post::media).filter(m -> m.isVideo() && !m.isReel())
                    .forEach(m -> assertTrue(m.takenAt().isBefore(MediaGenerator.REELS_ONLY_SINCE), m.id()));
        }
    }

    @Test
    void carouselsHoldTwoToTenChildrenStartingWithAnImageAndMixingVideos() {
        boolean sawVideoChild = false;
        for (Object[] a : ACCOUNTS) {
            for (MediaGenerator.Post p : feed(a, NOW)) {
                if (!p.media().isCarousel()) {
                    assertTrue(p.children().isEmpty());
                    continue;
                }
                int n = p.children().size();
                assertTrue(n >= 2 && n <= 10, p.media().id() + " has " + n);
                assertEquals(SandboxMedia.IMAGE, p.children().get(0).mediaType());
                for (int i = 0; i < n; i++) {
                    SandboxMedia child = p.children().get(i);
                    assertEquals(p.media().id(), child.parentId());
                    assertEquals(i, child.position());
                    assertTrue(!child.isCarousel() && !child.isReel());
                    sawVideoChild |= child.isVideo();
                }
            }
        }
        assertTrue(sawVideoChild);
    }

    @Test
    void idsAreMetaShapedUniqueAndStableWhateverTheGenerationTime() {
        Set<String> ids = new HashSet<>();
        for (Object[] a : ACCOUNTS) {
            List<String> first = all(feed(a, NOW)).map(SandboxMedia::id).toList();
            List<String> later = all(feed(a, NOW.plusSeconds(86_400 * 40))).map(SandboxMedia::id).toList();
            assertEquals(first, later);
            for (String id : first) {
                assertTrue(id.matches("17[89]\\d{14}"), id);
                assertTrue(ids.add(id), "duplicate " + id);
            }
        }
    }

    @Test
    void captionsCarryHashtagsAndSomeMentionsAndShortcodesLookLikeInstagrams() {
        for (Object[] a : ACCOUNTS) {
            List<SandboxMedia> media = feed(a, NOW).stream().map(MediaGenerator.Post::media).toList();
            List<String> captions = new ArrayList<>(media.stream().map(SandboxMedia::caption).filter(c -> c != null).toList());
            assertTrue(captions.size() > media.size() * 8 / 10);
            assertTrue(captions.stream().allMatch(c -> c.contains("#")));
            assertTrue(captions.stream().anyMatch(c -> c.contains("@")));
            media.forEach(m -> assertTrue(m.shortcode().matches("[CD][A-Za-z0-9_-]{10}"), m.shortcode()));
            assertTrue(media.stream().allMatch(m -> m.likeCount() > 0 && m.commentsCount() >= 0));
        }
    }
}
