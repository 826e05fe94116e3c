package io.igstudio.sandbox.store;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A small sandbox table kept in memory: read at first use, read again when its store has written a change
 * ({@link #reread}), and forgotten at a fresh start. Only the sandbox's own stores change these tables; another
 * instance sharing the database sees a change at its restart or its next fresh start.
 *
 * @param <V> one row, by its key
 */
public final class KeptRows<V> {

    private final Supplier<Map<String, V>> read;
    private volatile Map<String, V> rows;

    public KeptRows(Supplier<Map<String, V>> read) {
        this.read = read;
    }

    public Map<String, V> all() {
        Map<String, V> known = rows;
        return known != null ? known : load();
    }

    private synchronized Map<String, V> load() {
        if (rows == null) {
            rows = Map.copyOf(read.get());
        }
        return rows;
    }

    /** After a change: the next reader sees it. */
    public synchronized void reread() {
        rows = Map.copyOf(read.get());
    }

    /** At a fresh start: read again at the next use. */
    public synchronized void forget() {
        rows = null;
    }
}
