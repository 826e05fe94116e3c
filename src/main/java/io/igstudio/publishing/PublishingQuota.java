package io.igstudio.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Meta's publishing quota for one account as last read, and the posts counted locally since. */
@Entity
@Table(name = "publishing_quota")
public class PublishingQuota {

    @Id
    @Column(name = "account_id")
    private String accountId;

    @Column(name = "quota_total", nullable = false)
    private int total;

    @Column(name = "quota_used", nullable = false)
    private int used;

    @Column(name = "window_seconds", nullable = false)
    private int windowSeconds;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected PublishingQuota() {
    }

    PublishingQuota(String accountId) {
        this.accountId = accountId;
    }

    void read(int used, int total, int windowSeconds, Instant now) {
        this.used = used;
        this.total = total;
        this.windowSeconds = windowSeconds;
        this.readAt = now;
    }

    void counted() {
        used++;
    }

    public int getTotal() {
        return total;
    }

    public int getUsed() {
        return used;
    }

    public int getLeft() {
        return Math.max(0, total - used);
    }

    public int getWindowSeconds() {
        return windowSeconds;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
