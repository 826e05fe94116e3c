package io.igstudio.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GraphCacheTest {

    private final GraphUsageTest.MutableClock clock = new GraphUsageTest.MutableClock();
    private final AtomicInteger calls = new AtomicInteger();
    private GraphCache cache;

    @BeforeEach
    void setUp() {
        cache = new GraphCache();
        cache.ttlSeconds = 300;
        cache.clock = clock;
    }

    private String load() {
        return "value " + calls.incrementAndGet();
    }

    @Test
    void aFreshValueCostsNoCall() {
        assertEquals("value 1", cache.read("ig", "k", this::load).value());
        assertEquals("value 1", cache.read("ig", "k", this::load).value());
        assertEquals(1, calls.get());

        clock.now = clock.now.plusSeconds(301);
        assertEquals("value 2", cache.read("ig", "k", this::load).value());
    }

    @Test
    void whenMetaThrottlesTheLastValueStandsInWithANotice() {
        cache.read("ig", "k", this::load);
        cache.expire("ig");

        var cached = cache.read("ig", "k", () -> {
            throw new GraphException.RateLimited(400, 80002, null, "slow down", null, 600);
        });

        assertEquals("value 1", cached.value());
        assertTrue(cached.stale());
        assertTrue(cached.notice().contains("slow down"), cached.notice());
        assertTrue(cached.notice().contains("10 min"), cached.notice());
    }

    @Test
    void otherErrorsAndUnknownKeysAreNotHidden() {
        cache.read("ig", "k", this::load);
        cache.expire("ig");
        assertThrows(GraphException.InvalidToken.class, () -> cache.read("ig", "k", () -> {
            throw new GraphException.InvalidToken(400, 190, 463, "expired", null);
        }));
        assertThrows(GraphException.Transient.class, () -> cache.read("ig", "other", () -> {
            throw new GraphException.Transient(500, 2, null, "down", null);
        }));
    }

    @Test
    void invalidateForgetsTheAccount() {
        cache.read("ig", "k", this::load);
        cache.invalidate("ig");
        assertFalse(cache.read("ig", "k", this::load).stale());
        assertEquals(2, calls.get());
    }

    @Test
    void anAccountKeepsABoundedNumberOfEntries() {
        for (int i = 0; i < GraphCache.MAX_ENTRIES_PER_ACCOUNT + 10; i++) {
            clock.now = clock.now.plusMillis(1);
            cache.read("ig", "media:" + i, this::load);
        }
        int before = calls.get();
        cache.read("ig", "media:0", this::load);
        assertEquals(before + 1, calls.get(), "the oldest entry made room");
        cache.read("ig", "media:" + (GraphCache.MAX_ENTRIES_PER_ACCOUNT + 9), this::load);
        assertEquals(before + 1, calls.get(), "recent entries stay");
    }
}
