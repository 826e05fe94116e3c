package io.igstudio.sandbox.control;

import io.igstudio.sandbox.store.KeptRows;
import io.igstudio.sandbox.store.SandboxDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The fault modes, kept in {@code sandbox_ig_control}; an account without a row is {@code normal}. */
@ApplicationScoped
public class AccountControls {

    @Inject
    SandboxDatabase db;

    /**
     * Every row of {@code sandbox_ig_control}: every Graph call asks (twice), and only {@link #set} changes them.
     */
    private final KeptRows<AccountControl> all = new KeptRows<>(this::read);

    public AccountControl of(String igUserId) {
        AccountControl control = all.all().get(igUserId);
        return control != null ? control : AccountControl.normal(igUserId);
    }

    /** Read again from the database at the next call (a fresh start: another instance may have changed them). */
    public void forgetAll() {
        all.forget();
    }

    private Map<String, AccountControl> read() {
        Map<String, AccountControl> rows = new HashMap<>();
        db.list("SELECT ig_user_id, mode, mode_since, regain_minutes FROM sandbox_ig_control", AccountControls::control)
                .forEach(c -> rows.put(c.igUserId(), c));
        return rows;
    }

    /**
     * The controls set on the Instagram accounts of a person's Pages, in the Pages' order, in one query: every Graph
     * call with a user token looks at them (a person with a hundred Pages asked a hundred queries per call before).
     */
    public java.util.List<AccountControl> ofPagesOwnedBy(String userId) {
        if (all.all().isEmpty()) {
            return java.util.List.of(); // no account has a fault mode: nothing to look up
        }
        return db.list("SELECT c.ig_user_id, c.mode, c.mode_since, c.regain_minutes FROM sandbox_page p"
                + " JOIN sandbox_ig_control c ON c.ig_user_id = p.ig_user_id WHERE p.owner_id = ? ORDER BY p.position, p.id",
                AccountControls::control, userId);
    }

    private static AccountControl control(java.sql.ResultSet row) throws java.sql.SQLException {
        return new AccountControl(row.getString("ig_user_id"), FaultMode.parse(row.getString("mode")).orElse(FaultMode.NORMAL),
                SandboxDatabase.instant(row, "mode_since"), row.getInt("regain_minutes"));
    }

    public synchronized AccountControl set(String igUserId, FaultMode mode, int regainMinutes, Instant now) {
        // delete + insert: portable across H2 and MySQL, unlike MERGE or ON DUPLICATE KEY
        db.update("DELETE FROM sandbox_ig_control WHERE ig_user_id = ?", igUserId);
        db.update("INSERT INTO sandbox_ig_control (ig_user_id, mode, mode_since, regain_minutes) VALUES (?, ?, ?, ?)",
                igUserId, mode.key(), now, regainMinutes);
        all.reread();
        return new AccountControl(igUserId, mode, now, regainMinutes);
    }
}
