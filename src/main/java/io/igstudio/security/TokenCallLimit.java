package io.igstudio.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often one person and one address may make IG Studio call Meta's token endpoint (the JSON API's
 * exchange and refresh routes, and the code exchange of every sign-in callback): each call uses the app
 * secret, and nothing else bounds them (issue 15). {@code igstudio.security.token-calls-per-minute}
 * calls per person and per address in each minute; the caller is told how long to wait.
 */
@ApplicationScoped
public class TokenCallLimit {

    /** Above this many open windows, expired ones are dropped: a flood of addresses costs bounded memory. */
    static final int TIDY_ABOVE = 10_000;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "igstudio.security.token-calls-per-minute", defaultValue = "10")
    int perMinute;

    @Inject
    Clock clock;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        Instant start;
        int count;
    }

    /**
     * Counts one call for the person (may be {@code null} before sign-in) and the address; empty when it
     * may go ahead, otherwise the seconds to wait. A refused call is not counted.
     */
    public synchronized OptionalLong admit(String userId, String address) {
        Instant now = clock.instant();
        if (windows.size() > TIDY_ABOVE) {
            windows.values().removeIf(w -> !w.start.plus(WINDOW).isAfter(now));
        }
        Window person = userId == null ? null : current("user:" + userId, now);
        Window place = current("addr:" + address, now);
        long wait = 0;
        for (Window w : new Window[] {person, place}) {
            if (w != null && w.count >= Math.max(1, perMinute)) {
                wait = Math.max(wait, Math.max(1, Duration.between(now, w.start.plus(WINDOW)).toSeconds()));
            }
        }
        if (wait > 0) {
            return OptionalLong.of(wait);
        }
        if (person != null) {
            person.count++;
        }
        place.count++;
        return OptionalLong.empty();
    }

    private Window current(String key, Instant now) {
        Window w = windows.computeIfAbsent(key, k -> new Window());
        if (w.start == null || !w.start.plus(WINDOW).isAfter(now)) {
            w.start = now;
            w.count = 0;
        }
        return w;
    }

    /** Every caller's window back to empty, as at start (the sandbox's fresh start for tests). */
    public void forgetAll() {
        windows.clear();
    }
}
