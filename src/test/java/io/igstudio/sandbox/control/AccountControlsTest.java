package io.igstudio.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.sandbox.store.InMemorySandbox;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault modes kept in memory between changes: a mode set on the control page applies to the very next Graph
 * call, and a person's tokens see it through their Pages, although the earlier answer was remembered.
 */
class AccountControlsTest {

    static final String AVA = "10160000000000011";
    static final String BAKERY = "17841400000000101";

    @Test
    void aModeSetAppliesToTheNextCall() throws Exception {
        AccountControls controls = new AccountControls();
        controls.db = InMemorySandbox.database("account-controls");
        assertEquals(FaultMode.NORMAL, controls.of(BAKERY).mode());
        assertTrue(controls.ofPagesOwnedBy(AVA).isEmpty(), "no mode set anywhere");

        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        controls.set(BAKERY, FaultMode.THROTTLED, 7, now);
        assertEquals(FaultMode.THROTTLED, controls.of(BAKERY).mode(), "set: seen at once");
        assertEquals(7, controls.of(BAKERY).regainMinutes());
        List<AccountControl> ofAva = controls.ofPagesOwnedBy(AVA);
        assertEquals(List.of(BAKERY), ofAva.stream().map(AccountControl::igUserId).toList());

        controls.set(BAKERY, FaultMode.NORMAL, 7, now.plusSeconds(60));
        assertEquals(FaultMode.NORMAL, controls.of(BAKERY).mode(), "back to normal at once");
    }
}
