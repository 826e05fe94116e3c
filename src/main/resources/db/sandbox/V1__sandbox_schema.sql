-- The Meta sandbox's own state: people, Pages and Instagram accounts it pretends Meta has, and what
-- the OAuth dialog and the Graph API hand out. Only migrated when igstudio.meta.mode=sandbox.
-- Portable between H2 2.2 and MySQL 8 / MariaDB 10.11. Codes and tokens are kept as SHA-256 hashes only.
CREATE TABLE sandbox_fb_user (
    id       VARCHAR(32)  NOT NULL PRIMARY KEY,
    name     VARCHAR(255) NOT NULL,
    email    VARCHAR(320) NULL,
    position INT          NOT NULL
);

CREATE TABLE sandbox_ig_user (
    id              VARCHAR(32)   NOT NULL PRIMARY KEY,
    username        VARCHAR(64)   NOT NULL,
    name            VARCHAR(255)  NOT NULL,
    -- BUSINESS or MEDIA_CREATOR; Meta does not serve this through Facebook Login (see package-info)
    account_type    VARCHAR(16)   NOT NULL,
    biography       VARCHAR(1000) NULL,
    website         VARCHAR(512)  NULL,
    followers_count BIGINT        NOT NULL,
    follows_count   BIGINT        NOT NULL,
    media_count     BIGINT        NOT NULL,
    CONSTRAINT uq_sandbox_ig_username UNIQUE (username)
);

CREATE TABLE sandbox_page (
    id            VARCHAR(32)  NOT NULL PRIMARY KEY,
    owner_id      VARCHAR(32)  NOT NULL,
    name          VARCHAR(255) NOT NULL,
    category      VARCHAR(128) NOT NULL,
    category_id   VARCHAR(32)  NOT NULL,
    ig_user_id    VARCHAR(32)  NULL,
    position      INT          NOT NULL,
    CONSTRAINT fk_sandbox_page_owner FOREIGN KEY (owner_id) REFERENCES sandbox_fb_user (id),
    CONSTRAINT fk_sandbox_page_ig FOREIGN KEY (ig_user_id) REFERENCES sandbox_ig_user (id)
);

CREATE TABLE sandbox_grant (
    user_id    VARCHAR(32) NOT NULL,
    app_id     VARCHAR(32) NOT NULL,
    scope      VARCHAR(64) NOT NULL,
    granted    BOOLEAN     NOT NULL,
    decided_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, app_id, scope),
    CONSTRAINT fk_sandbox_grant_user FOREIGN KEY (user_id) REFERENCES sandbox_fb_user (id)
);

CREATE TABLE sandbox_code (
    code_hash    VARCHAR(64)   NOT NULL PRIMARY KEY,
    app_id       VARCHAR(32)   NOT NULL,
    user_id      VARCHAR(32)   NOT NULL,
    redirect_uri VARCHAR(2048) NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    expires_at   DATETIME(6)   NOT NULL,
    used_at      DATETIME(6)   NULL,
    CONSTRAINT fk_sandbox_code_user FOREIGN KEY (user_id) REFERENCES sandbox_fb_user (id)
);

CREATE TABLE sandbox_token (
    token_hash             VARCHAR(64) NOT NULL PRIMARY KEY,
    app_id                 VARCHAR(32) NOT NULL,
    user_id                VARCHAR(32) NOT NULL,
    -- USER or PAGE
    kind                   VARCHAR(8)  NOT NULL,
    page_id                VARCHAR(32) NULL,
    long_lived             BOOLEAN     NOT NULL,
    issued_at              DATETIME(6) NOT NULL,
    -- NULL: never expires (a Page token obtained with a long-lived user token)
    expires_at             DATETIME(6) NULL,
    data_access_expires_at DATETIME(6) NOT NULL,
    revoked_at             DATETIME(6) NULL,
    CONSTRAINT fk_sandbox_token_user FOREIGN KEY (user_id) REFERENCES sandbox_fb_user (id)
);

CREATE INDEX ix_sandbox_token_user ON sandbox_token (user_id, app_id);
CREATE INDEX ix_sandbox_page_owner ON sandbox_page (owner_id, position);
