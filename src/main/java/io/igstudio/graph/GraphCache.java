package io.igstudio.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Short-lived cache of Graph reads, per Instagram account. A fresh entry costs no Graph call; when Meta
 * throttles or is unreachable, the last value is served as stale (with a notice) instead of an error.
 * Dropped per account on disconnect; expired (kept only as a stand-in) on publish and by the page's
 * Refresh button.
 */
@ApplicationScoped
public class GraphCache {

    @Inject
    @ConfigProperty(name = "igstudio.graph.cache-seconds", defaultValue = "300")
    long ttlSeconds;

    @Inject
    Clock clock;

    /** Entries kept per account; "load more" cursors come from requests, so the map must not grow without end. */
    static final int MAX_ENTRIES_PER_ACCOUNT = 64;

    private final Map<String, Map<String, Entry>> byAccount = new ConcurrentHashMap<>();

    /** A value and how old it is; {@code stale} when Meta could not be asked and an older value stands in. */
    public record Cached<T>(T value, Instant fetchedAt, boolean stale, String notice) {
    }

    private record Entry(Object value, Instant fetchedAt, boolean expired) {
    }

    @SuppressWarnings("unchecked")
    public <T> Cached<T> read(String igUserId, String key, Supplier<T> loader) {
        Map<String, Entry> entries = byAccount.computeIfAbsent(igUserId, id -> new ConcurrentHashMap<>());
        Entry entry = entries.get(key);
        Instant now = clock.instant();
        if (entry != null && !entry.expired() && entry.fetchedAt().plus(Duration.ofSeconds(ttlSeconds)).isAfter(now)) {
            return new Cached<>((T) entry.value(), entry.fetchedAt(), false, null);
        }
        try {
            T value = loader.get();
            if (entries.size() >= MAX_ENTRIES_PER_ACCOUNT && !entries.containsKey(key)) {
                entries.entrySet().stream().min(java.util.Map.Entry.comparingByValue(
                                java.util.Comparator.comparing(Entry::fetchedAt)))
                        .ifPresent(oldest -> entries.remove(oldest.getKey()));
            }
            entries.put(key, new Entry(value, now, false));
            return new Cached<>(value, now, false, null);
        } catch (GraphException.RateLimited | GraphException.Transient e) {
            if (entry == null) {
                throw e;
            }
            String notice = e instanceof GraphException.RateLimited limited
                    ? "Meta asks IG Studio to slow down; showing data from " + ago(entry.fetchedAt(), now)
                            + ". Fresh data in about " + Math.max(1, limited.retryAfterSeconds() / 60) + " min."
                    : "Meta could not be reached; showing data from " + ago(entry.fetchedAt(), now) + ".";
            return new Cached<>((T) entry.value(), entry.fetchedAt(), true, notice);
        }
    }

    /** Forgets everything about the account (it was disconnected). */
    public void invalidate(String igUserId) {
        byAccount.remove(igUserId);
    }

    /**
     * Makes the next read ask Meta again (the Refresh button, a publish), but keeps the values to stand in
     * if Meta then throttles or fails.
     */
    public void expire(String igUserId) {
        Map<String, Entry> entries = byAccount.get(igUserId);
        if (entries != null) {
            entries.replaceAll((key, entry) -> new Entry(entry.value(), entry.fetchedAt(), true));
        }
    }

    private static String ago(Instant then, Instant now) {
        long minutes = Duration.between(then, now).toMinutes();
        return minutes < 1 ? "less than a minute ago" : minutes + " min ago";
    }

    /** Forgets every cached answer (the sandbox's fresh start for tests: {@code FreshStart}). */
    public void forgetAll() {
        byAccount.clear();
    }
}
