package io.igstudio.sandbox.control;

import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import java.time.Instant;

/** One sandbox Instagram account as the control page and the control endpoint show it. */
public record AccountState(String igUserId, String username, FaultMode mode, Instant since, int regainMinutes,
        int callsLastHour, int callsPerHour, int usagePercent, long calls) {

    public String modeKey() {
        return mode.key();
    }

    public JsonObject toJson() {
        var json = Jsons.createObjectBuilder()
                .add("igUserId", igUserId)
                .add("username", username)
                .add("mode", mode.key());
        if (mode != FaultMode.NORMAL) {
            json.add("since", since.toString());
        }
        return json.add("regainMinutes", regainMinutes)
                .add("callsLastHour", callsLastHour)
                .add("callsPerHour", callsPerHour)
                .add("usagePercent", usagePercent)
                .add("calls", calls)
                .build();
    }
}
