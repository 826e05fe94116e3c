-- A Facebook login through which a person connected Instagram accounts, with its long-lived user token
-- (AES-GCM encrypted by the application, never in clear).
CREATE TABLE facebook_connection (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id           VARCHAR(36)  NOT NULL,
    facebook_user_id  VARCHAR(64)  NOT NULL,
    facebook_name     VARCHAR(255) NOT NULL,
    access_token      TEXT         NOT NULL,
    token_expires_at  DATETIME(6)  NULL,
    granted_scopes    TEXT         NOT NULL,
    declined_scopes   TEXT         NOT NULL,
    unlinked_pages    TEXT         NOT NULL,
    needs_reconnect   BOOLEAN      NOT NULL DEFAULT FALSE,
    connected_at      DATETIME(6)  NOT NULL,
    refreshed_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_facebook_connection UNIQUE (user_id, facebook_user_id),
    CONSTRAINT fk_facebook_connection_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

-- An Instagram Business or Creator account reachable through one of the connection's Facebook Pages.
CREATE TABLE instagram_account (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id             VARCHAR(36)  NOT NULL,
    connection_id       VARCHAR(36)  NOT NULL,
    ig_user_id          VARCHAR(64)  NOT NULL,
    username            VARCHAR(255) NOT NULL,
    name                VARCHAR(255) NULL,
    account_type        VARCHAR(16)  NULL,
    profile_picture_url TEXT         NULL,
    followers_count     BIGINT       NOT NULL DEFAULT 0,
    media_count         BIGINT       NOT NULL DEFAULT 0,
    page_id             VARCHAR(64)  NOT NULL,
    page_name           VARCHAR(255) NOT NULL,
    connected_at        DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uq_instagram_account UNIQUE (user_id, ig_user_id),
    CONSTRAINT fk_instagram_account_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_instagram_account_connection FOREIGN KEY (connection_id) REFERENCES facebook_connection (id)
);
CREATE INDEX ix_instagram_account_connection ON instagram_account (connection_id);
