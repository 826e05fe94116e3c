package io.igstudio.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many Graph calls the sandbox has served since it started, in all and per Instagram account, so that
 * a test can tell how many calls one page of the app cost. Refused calls count too: Meta saw them.
 */
@ApplicationScoped
public class GraphStats {

    private final AtomicLong calls = new AtomicLong();
    private final Map<String, AtomicLong> byAccount = new ConcurrentHashMap<>();

    public void served() {
        calls.incrementAndGet();
    }

    public void servedFor(String igUserId) {
        byAccount.computeIfAbsent(igUserId, id -> new AtomicLong()).incrementAndGet();
    }

    public long calls() {
        return calls.get();
    }

    public long callsFor(String igUserId) {
        AtomicLong n = byAccount.get(igUserId);
        return n == null ? 0 : n.get();
    }

    public Map<String, Long> byAccount() {
        Map<String, Long> out = new TreeMap<>();
        byAccount.forEach((id, n) -> out.put(id, n.get()));
        return out;
    }

    /** Back to zero, as at start. */
    public void forgetAll() {
        calls.set(0);
        byAccount.clear();
    }
}
