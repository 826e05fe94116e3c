package io.igstudio.sandbox.control;

import io.igstudio.sandbox.store.SandboxDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** The fault modes, kept in {@code sandbox_ig_control}; an account without a row is {@code normal}. */
@ApplicationScoped
public class AccountControls {

    @Inject
    SandboxDatabase db;

    public AccountControl of(String igUserId) {
        return db.one("SELECT ig_user_id, mode, mode_since, regain_minutes FROM sandbox_ig_control WHERE ig_user_id = ?",
                row -> new AccountControl(row.getString("ig_user_id"),
                        FaultMode.parse(row.getString("mode")).orElse(FaultMode.NORMAL),
                        SandboxDatabase.instant(row, "mode_since"), row.getInt("regain_minutes")), igUserId)
                .orElseGet(() -> AccountControl.normal(igUserId));
    }

    public AccountControl set(String igUserId, FaultMode mode, int regainMinutes, Instant now) {
        // delete + insert: portable across H2 and MySQL, unlike MERGE or ON DUPLICATE KEY
        db.update("DELETE FROM sandbox_ig_control WHERE ig_user_id = ?", igUserId);
        db.update("INSERT INTO sandbox_ig_control (ig_user_id, mode, mode_since, regain_minutes) VALUES (?, ?, ?, ?)",
                igUserId, mode.key(), now, regainMinutes);
        return new AccountControl(igUserId, mode, now, regainMinutes);
    }
}
