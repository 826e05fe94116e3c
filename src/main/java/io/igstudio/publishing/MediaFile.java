package io.igstudio.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One file of a person's media library, as checked and stored; the bytes live in the media folder. */
@Entity
@Table(name = "media_file")
public class MediaFile {

    public enum Kind { IMAGE, VIDEO }

    @Id
    private String id;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(nullable = false)
    private String sha256;

    @Column(nullable = false)
    private long bytes;

    @Column(nullable = false)
    private String kind;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    private int width;

    private int height;

    @Column(name = "duration_ms")
    private Long durationMs;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "stored_name", nullable = false)
    private String storedName;

    @Column(name = "url_secret", nullable = false)
    private String urlSecret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MediaFile() {
    }

    MediaFile(String userId, Kind kind, String contentType, String sha256, long bytes, int width, int height,
              Long durationMs, String originalName, String storedName, String urlSecret, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.kind = kind.name();
        this.contentType = contentType;
        this.sha256 = sha256;
        this.bytes = bytes;
        this.width = width;
        this.height = height;
        this.durationMs = durationMs;
        this.originalName = originalName;
        this.storedName = storedName;
        this.urlSecret = urlSecret;
        this.createdAt = now;
    }

    public String getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public Kind getKind() {
        return Kind.valueOf(kind);
    }

    public String getContentType() {
        return contentType;
    }

    public String getSha256() {
        return sha256;
    }

    public long getBytes() {
        return bytes;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public Long getDurationMs() {
        return durationMs;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getStoredName() {
        return storedName;
    }

    String getUrlSecret() {
        return urlSecret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
