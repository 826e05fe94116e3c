-- Comments in the Meta sandbox (issue 20): threads on the generated and published media, generated lazily and
-- deterministically the first time a media's comments are read (as sandbox_ig_media is), plus what arrives later
-- (the control page's new comments, the account's own comments and replies). Portable between H2 2.2 and
-- MySQL 8 / MariaDB 10.11. Times are UTC DATETIME(6) on the sandbox clock.
CREATE TABLE sandbox_ig_comment (
    id                VARCHAR(32)   NOT NULL PRIMARY KEY,
    media_id          VARCHAR(32)   NOT NULL,
    -- the account that owns the media
    ig_user_id        VARCHAR(32)   NOT NULL,
    -- the top-level comment of a reply; NULL for a top-level comment
    parent_id         VARCHAR(32)   NULL,
    from_id           VARCHAR(32)   NOT NULL,
    username          VARCHAR(64)   NOT NULL,
    text              VARCHAR(2200) NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    hidden            BOOLEAN       NOT NULL,
    like_count        BIGINT        NOT NULL,
    -- when the account sent this comment's one private reply (POST /{ig-user-id}/messages)
    private_reply_at  DATETIME(6)   NULL
);

CREATE INDEX ix_sandbox_comment_media ON sandbox_ig_comment (media_id, parent_id, created_at);
CREATE INDEX ix_sandbox_comment_parent ON sandbox_ig_comment (parent_id, created_at);

-- Media whose generated thread is stored, so that a thread emptied by deletes is not generated again.
CREATE TABLE sandbox_comment_thread (
    media_id VARCHAR(32) NOT NULL PRIMARY KEY
);
