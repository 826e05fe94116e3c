package io.igstudio.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** One weekly posting slot of an account: a weekday and a wall-clock time in the owner's zone. */
@Entity
@Table(name = "posting_slot")
public class PostingSlot {

    @Id
    private String id;

    @Column(name = "account_id", nullable = false)
    private String accountId;

    @Column(nullable = false)
    private int weekday;

    @Column(name = "slot_time", nullable = false)
    private String slotTime;

    protected PostingSlot() {
    }

    PostingSlot(String accountId, WallClock.Slot slot) {
        this.id = UUID.randomUUID().toString();
        this.accountId = accountId;
        this.weekday = slot.day().getValue();
        this.slotTime = slot.time().toString();
    }

    WallClock.Slot slot() {
        return new WallClock.Slot(DayOfWeek.of(weekday), LocalTime.parse(slotTime));
    }

    String getAccountId() {
        return accountId;
    }
}
