package io.igstudio.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person who signs in to IG Studio with Facebook; found again by their Facebook user id. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.byFacebookId", query = "select u from User u where u.facebookId = :facebookId")
public class User {

    @Id
    private String id;

    @Column(name = "facebook_id", nullable = false, unique = true)
    private String facebookId;

    @Column(nullable = false)
    private String name;

    private String email;

    @Column(nullable = false)
    private boolean admin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at", nullable = false)
    private Instant lastLoginAt;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    protected User() {
    }

    User(String facebookId, String name, String email, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.facebookId = facebookId;
        this.name = name;
        this.email = email;
        this.createdAt = now;
        this.lastLoginAt = now;
    }

    void signedIn(String name, String email, Instant now) {
        this.name = name;
        if (email != null) {
            this.email = email;
        }
        this.lastLoginAt = now;
    }

    void grantAdmin() {
        this.admin = true;
    }

    void revokeAdmin() {
        this.admin = false;
    }

    void suspend(Instant now) {
        this.suspendedAt = now;
    }

    void lift() {
        this.suspendedAt = null;
    }

    public Instant getSuspendedAt() {
        return suspendedAt;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    public String getId() {
        return id;
    }

    public String getFacebookId() {
        return facebookId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public boolean isAdmin() {
        return admin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
