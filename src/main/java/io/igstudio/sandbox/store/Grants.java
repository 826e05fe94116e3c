package io.igstudio.sandbox.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What each person granted or declined to each app, per permission. A new dialog decision updates the
 * permissions it asked about and keeps the others, as Meta does for re-requests; a token's scopes are
 * always read from here, so a revoked or declined permission takes effect for tokens already issued.
 */
@ApplicationScoped
public class Grants {

    public static final String PUBLIC_PROFILE = "public_profile";

    @Inject
    SandboxDatabase db;

    private final Map<String, Map<String, Boolean>> decided = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    public void decide(String userId, String appId, Collection<String> granted, Collection<String> declined, Instant now) {
        for (String scope : granted) {
            record(userId, appId, scope, true, now);
        }
        for (String scope : declined) {
            if (!granted.contains(scope) && !PUBLIC_PROFILE.equals(scope)) {
                record(userId, appId, scope, false, now);
            }
        }
        record(userId, appId, PUBLIC_PROFILE, true, now);
    }

    /**
     * Permission name to granted (true) or declined (false), in the order they were decided. Kept in memory between
     * decisions: every Graph call asks (twice for most), and only this class changes them, dropping the person's
     * entry after each change. A read that raced a change is not kept.
     */
    public Map<String, Boolean> of(String userId, String appId) {
        String key = userId + "|" + appId;
        Map<String, Boolean> known = decided.get(key);
        if (known != null) {
            return known;
        }
        long changesBefore = changes.get();
        Map<String, Boolean> out = new LinkedHashMap<>();
        db.list("SELECT scope, granted FROM sandbox_grant WHERE user_id = ? AND app_id = ? ORDER BY decided_at, scope",
                row -> Map.entry(row.getString("scope"), row.getBoolean("granted")), userId, appId)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        Map<String, Boolean> read = Collections.unmodifiableMap(out);
        decided.put(key, read);
        if (changes.get() != changesBefore) {
            decided.remove(key);
        }
        return read;
    }

    /** Read again from the database (a fresh start: another instance may have changed them). */
    public void forgetAll() {
        changes.incrementAndGet();
        decided.clear();
    }

    private void changed(String userId, String appId) {
        changes.incrementAndGet();
        decided.remove(userId + "|" + appId);
    }

    public boolean has(String userId, String appId, String scope) {
        return Boolean.TRUE.equals(of(userId, appId).get(scope));
    }

    /**
     * {@code DELETE /{user-id}/permissions/{permission}}, or the person unticking one permission in their Facebook
     * settings: from then on {@code /me/permissions} reports it declined and the calls needing it fail
     * (https://developers.facebook.com/docs/facebook-login/guides/permissions/request-revoke).
     */
    public void revoke(String userId, String appId, String scope, Instant now) {
        if (has(userId, appId, scope)) {
            record(userId, appId, scope, false, now);
        }
    }

    /** {@code DELETE /me/permissions}: the person removes the app. */
    public void revokeAll(String userId, String appId) {
        db.update("DELETE FROM sandbox_grant WHERE user_id = ? AND app_id = ?", userId, appId);
        changed(userId, appId);
    }

    private void record(String userId, String appId, String scope, boolean granted, Instant now) {
        // delete + insert: portable across H2 and MySQL, unlike MERGE or ON DUPLICATE KEY
        db.update("DELETE FROM sandbox_grant WHERE user_id = ? AND app_id = ? AND scope = ?", userId, appId, scope);
        db.update("INSERT INTO sandbox_grant (user_id, app_id, scope, granted, decided_at) VALUES (?, ?, ?, ?, ?)",
                userId, appId, scope, granted, now);
        changed(userId, appId);
    }
}
