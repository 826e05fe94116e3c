-- Content publishing in the Meta sandbox (issue 18): media containers, per-account publishing controls, the
-- sandbox clock, and the settings a published post can change afterwards. Portable between H2 2.2 and
-- MySQL 8 / MariaDB 10.11. Times are UTC DATETIME(6) on the sandbox clock (real time plus sandbox_clock.offset).
CREATE TABLE sandbox_ig_container (
    id                 VARCHAR(32)   NOT NULL PRIMARY KEY,
    ig_user_id         VARCHAR(32)   NOT NULL,
    -- IMAGE, VIDEO, REELS, STORIES or CAROUSEL, as created
    kind               VARCHAR(16)   NOT NULL,
    is_carousel_item   BOOLEAN       NOT NULL,
    -- image_url or video_url; NULL for a resumable upload or a carousel
    media_url          VARCHAR(2048) NULL,
    -- true for upload_type=resumable: processing starts when the bytes arrive
    resumable          BOOLEAN       NOT NULL,
    uploaded_bytes     BIGINT        NULL,
    caption            VARCHAR(2200) NULL,
    -- the other accepted parameters as a JSON object (children, share_to_feed, user_tags, ...)
    params             VARCHAR(8000) NOT NULL,
    -- IN_PROGRESS, FINISHED, ERROR or PUBLISHED; EXPIRED is derived from created_at
    status             VARCHAR(16)   NOT NULL,
    -- Meta's "status" text for ERROR (for example the failed download)
    status_detail      VARCHAR(512)  NULL,
    created_at         DATETIME(6)   NOT NULL,
    -- when an IN_PROGRESS container counts as FINISHED (or ERROR when fail_processing was set)
    ready_at           DATETIME(6)   NULL,
    fail_processing    BOOLEAN       NOT NULL,
    published_media_id VARCHAR(32)   NULL,
    published_at       DATETIME(6)   NULL,
    CONSTRAINT fk_sandbox_container_ig FOREIGN KEY (ig_user_id) REFERENCES sandbox_ig_user (id)
);

CREATE INDEX ix_sandbox_container_created ON sandbox_ig_container (ig_user_id, created_at);
CREATE INDEX ix_sandbox_container_published ON sandbox_ig_container (ig_user_id, published_at);

-- What a sandbox operator or a test set for one account; an account without a row has the defaults.
CREATE TABLE sandbox_publishing_control (
    ig_user_id         VARCHAR(32) NOT NULL PRIMARY KEY,
    -- content_publishing_limit config.quota_total (posts per quota_duration)
    quota_total        INT         NOT NULL,
    -- how long a video container stays IN_PROGRESS
    processing_seconds INT         NOT NULL,
    -- the next video containers end in ERROR instead of FINISHED while this is true
    fail_videos        BOOLEAN     NOT NULL,
    CONSTRAINT fk_sandbox_publishing_ig FOREIGN KEY (ig_user_id) REFERENCES sandbox_ig_user (id)
);

-- One row: how far the sandbox clock runs ahead of real time, so tests can let 24 hours pass.
CREATE TABLE sandbox_clock (
    id             INT    NOT NULL PRIMARY KEY,
    offset_seconds BIGINT NOT NULL
);

INSERT INTO sandbox_clock (id, offset_seconds) VALUES (1, 0);

-- Published posts: comments switched off, and media published by the sandbox (with its container).
ALTER TABLE sandbox_ig_media ADD COLUMN comment_enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE sandbox_ig_media ADD COLUMN shared_to_feed BOOLEAN DEFAULT TRUE NOT NULL;
