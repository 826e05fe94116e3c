package io.igstudio.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A verified webhook delivery as received; processed later (at once, or by the timer after a crash). */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    private String id;
    @Column(name = "body_sha256", nullable = false)
    private String bodySha256;
    @Column(nullable = false)
    private String body;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Column(name = "processed_at")
    private Instant processedAt;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;

    protected WebhookDelivery() {
    }

    WebhookDelivery(String bodySha256, String body, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.bodySha256 = bodySha256;
        this.body = body;
        this.receivedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }

    void processed(Instant now) {
        this.processedAt = now;
        this.lastError = null;
    }

    void failed(String error) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
    }

    int getAttempts() {
        return attempts;
    }
}
