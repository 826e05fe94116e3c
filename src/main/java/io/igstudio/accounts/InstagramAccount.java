package io.igstudio.accounts;

import io.igstudio.graph.FacebookPage;
import io.igstudio.graph.InstagramProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An Instagram Business or Creator account a person connected, reached through a Facebook Page. */
@Entity
@Table(name = "instagram_account")
public class InstagramAccount {

    @Id
    private String id;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "connection_id", nullable = false)
    private FacebookConnection connection;

    @Column(name = "ig_user_id", nullable = false)
    private String igUserId;

    @Column(nullable = false)
    private String username;

    private String name;

    @Column(name = "account_type")
    private String accountType;

    @Column(name = "profile_picture_url")
    private String profilePictureUrl;

    @Column(name = "followers_count", nullable = false)
    private long followersCount;

    @Column(name = "media_count", nullable = false)
    private long mediaCount;

    @Column(name = "page_id", nullable = false)
    private String pageId;

    @Column(name = "page_name", nullable = false)
    private String pageName;

    @Column(name = "connected_at", nullable = false)
    private Instant connectedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected InstagramAccount() {
    }

    InstagramAccount(String userId, String igUserId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.igUserId = igUserId;
        this.connectedAt = now;
    }

    void discovered(FacebookConnection connection, FacebookPage page, InstagramProfile profile, Instant now) {
        this.connection = connection;
        this.pageId = page.id();
        this.pageName = page.name();
        this.username = profile.username() == null ? profile.id() : profile.username();
        this.name = profile.name();
        AccountType reported = AccountType.reportedBy(profile);
        if (reported != null) {
            this.accountType = reported.name();
        }
        this.profilePictureUrl = profile.profilePictureUrl();
        this.followersCount = profile.followersCount();
        this.mediaCount = profile.mediaCount();
        this.updatedAt = now;
    }

    /** The person's own statement of the kind, where Meta does not report it. */
    void declareType(AccountType type) {
        this.accountType = type.name();
        this.updatedAt = Instant.now();
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public FacebookConnection getConnection() {
        return connection;
    }

    public String getIgUserId() {
        return igUserId;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public String getAccountType() {
        return accountType;
    }

    public String getProfilePictureUrl() {
        return profilePictureUrl;
    }

    public long getFollowersCount() {
        return followersCount;
    }

    public long getMediaCount() {
        return mediaCount;
    }

    public String getPageId() {
        return pageId;
    }

    public String getPageName() {
        return pageName;
    }

    public Instant getConnectedAt() {
        return connectedAt;
    }
}
