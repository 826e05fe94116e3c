package io.igstudio.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One reading of Meta's usage: the app's ({@code igUserId} null) or one Instagram account's. */
@Entity
@Table(name = "usage_sample")
public class UsageSample {

    @Id
    private String id;

    @Column(name = "sampled_at", nullable = false)
    private Instant sampledAt;

    @Column(name = "ig_user_id")
    private String igUserId;

    @Column(name = "usage_percent", nullable = false)
    private int usagePercent;

    @Column(name = "calls_last_hour", nullable = false)
    private int callsLastHour;

    protected UsageSample() {
    }

    UsageSample(Instant at, String igUserId, int percent, int calls) {
        this.id = UUID.randomUUID().toString();
        this.sampledAt = at;
        this.igUserId = igUserId;
        this.usagePercent = percent;
        this.callsLastHour = calls;
    }

    public Instant getSampledAt() {
        return sampledAt;
    }

    public String getIgUserId() {
        return igUserId;
    }

    public int getUsagePercent() {
        return usagePercent;
    }

    public int getCallsLastHour() {
        return callsLastHour;
    }
}
