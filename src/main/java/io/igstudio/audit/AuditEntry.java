package io.igstudio.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of the audit log; written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_id")
    private String userId;

    @Column(name = "user_name")
    private String userName;

    @Column(nullable = false)
    private String action;

    private String target;

    private String address;

    @Column(nullable = false)
    private String outcome;

    private int status;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String userId, String userName, String action, String target, String address,
               Outcome outcome, int status) {
        this.id = UUID.randomUUID().toString();
        this.occurredAt = at;
        this.userId = userId;
        this.userName = cut(userName, 255);
        this.action = cut(action, 96);
        this.target = cut(target, 255);
        this.address = cut(address, 64);
        this.outcome = outcome.name();
        this.status = status;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public String getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUserId() {
        return userId;
    }

    public String getUserName() {
        return userName;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getAddress() {
        return address;
    }

    public Outcome getOutcome() {
        return Outcome.valueOf(outcome);
    }

    public int getStatus() {
        return status;
    }
}
