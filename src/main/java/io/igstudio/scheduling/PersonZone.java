package io.igstudio.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;

/** The time zone a person plans in. */
@Entity
@Table(name = "person_zone")
public class PersonZone {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(nullable = false)
    private String zone;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PersonZone() {
    }

    PersonZone(String userId, ZoneId zone, Instant now) {
        this.userId = userId;
        change(zone, now);
    }

    void change(ZoneId zone, Instant now) {
        this.zone = zone.getId();
        this.updatedAt = now;
    }

    ZoneId zone() {
        return ZoneId.of(zone);
    }
}
