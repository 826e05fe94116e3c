package io.igstudio.sandbox.control;

import io.igstudio.sandbox.store.InstagramAccount;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox controls' entry bean, behind both the control page and the JSON endpoint: every account's
 * fault mode and usage, changing a mode, resetting usage, and the call statistics.
 */
@ApplicationScoped
public class ControlBoard {

    @Inject
    SandboxPeople people;

    @Inject
    AccountControls controls;

    @Inject
    InstagramUsage usage;

    @Inject
    GraphStats stats;

    public List<AccountState> accounts() {
        Instant now = Instant.now();
        return people.instagramAccounts().stream().map(a -> state(a, now)).toList();
    }

    public Optional<AccountState> account(String igUserId) {
        return people.instagram(igUserId).map(a -> state(a, Instant.now()));
    }

    /** Sets the mode; empty when there is no such account. Regain minutes below 1 keep the default. */
    public Optional<AccountState> set(String igUserId, FaultMode mode, Integer regainMinutes) {
        Optional<InstagramAccount> account = people.instagram(igUserId);
        account.ifPresent(a -> controls.set(a.id(), mode,
                regainMinutes != null && regainMinutes > 0 ? regainMinutes : AccountControl.DEFAULT_REGAIN_MINUTES,
                Instant.now()));
        return account.map(a -> state(a, Instant.now()));
    }

    public void resetUsage() {
        usage.reset();
    }

    /** {@code {"calls": N, "byAccount": {"<ig-user-id>": {...state...}}}}. */
    public JsonObject stats() {
        JsonObjectBuilder byAccount = Jsons.createObjectBuilder();
        accounts().forEach(a -> byAccount.add(a.igUserId(), a.toJson()));
        return Jsons.createObjectBuilder().add("calls", stats.calls()).add("byAccount", byAccount).build();
    }

    private AccountState state(InstagramAccount account, Instant now) {
        AccountControl control = controls.of(account.id());
        UsageWindow.Usage u = usage.peek(account.id(), now);
        return new AccountState(account.id(), account.username(), control.mode(), control.since(),
                control.regainMinutes(), u.calls(), u.budget(), u.callCountPercent(), stats.callsFor(account.id()));
    }
}
