-- Publishing (issue 18). Portable between H2 2.2 (embedded) and MySQL 8 / MariaDB 10.11.

-- A file of a person's media library: checked (and converted to JPEG for images) before Meta sees it.
-- url_secret signs the file's public, expiring URL (image_url for Meta); it never leaves the server.
CREATE TABLE media_file (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id        VARCHAR(36)  NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    bytes          BIGINT       NOT NULL,
    kind           VARCHAR(8)   NOT NULL,
    content_type   VARCHAR(64)  NOT NULL,
    width          INT          NOT NULL,
    height         INT          NOT NULL,
    duration_ms    BIGINT       NULL,
    original_name  VARCHAR(255) NOT NULL,
    stored_name    VARCHAR(80)  NOT NULL,
    url_secret     VARCHAR(64)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_media_file_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_media_file_user ON media_file (user_id, created_at);

-- What a person composed, kept as typed (fields as JSON) so that nothing is lost on a rejected submit.
CREATE TABLE post_draft (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id     VARCHAR(36)  NOT NULL,
    post_type   VARCHAR(16)  NOT NULL,
    caption     TEXT         NULL,
    fields      TEXT         NOT NULL,
    submitted   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_post_draft_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_post_draft_user ON post_draft (user_id, updated_at);

-- One post per account: a persisted state machine (QUEUED, CONTAINERS, PROCESSING, READY, PUBLISHING,
-- PUBLISHED, FAILED) advanced by a timer that claims due rows under row locks. Container ids are stored
-- before the next step, so every step can be repeated after a crash without publishing twice.
CREATE TABLE post (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id         VARCHAR(36)  NOT NULL,
    draft_id        VARCHAR(36)  NULL,
    account_id      VARCHAR(36)  NOT NULL,
    post_type       VARCHAR(16)  NOT NULL,
    spec            TEXT         NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    due_at          DATETIME(6)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    polls           INT          NOT NULL DEFAULT 0,
    child_containers TEXT        NULL,
    container_id    VARCHAR(64)  NULL,
    media_id        VARCHAR(64)  NULL,
    permalink       VARCHAR(512) NULL,
    waiting_reason  VARCHAR(255) NULL,
    failure         VARCHAR(512) NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    published_at    DATETIME(6)  NULL,
    CONSTRAINT fk_post_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_account FOREIGN KEY (account_id) REFERENCES instagram_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_post_due ON post (state, due_at);
CREATE INDEX ix_post_user ON post (user_id, created_at);

-- Meta's publishing quota per account as last read (content_publishing_limit), counted locally between reads.
CREATE TABLE publishing_quota (
    account_id      VARCHAR(36)  NOT NULL PRIMARY KEY,
    quota_total     INT          NOT NULL,
    quota_used      INT          NOT NULL,
    window_seconds  INT          NOT NULL,
    read_at         DATETIME(6)  NOT NULL,
    CONSTRAINT fk_publishing_quota_account FOREIGN KEY (account_id) REFERENCES instagram_account (id) ON DELETE CASCADE
);
