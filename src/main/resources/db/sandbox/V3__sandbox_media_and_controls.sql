-- Media of the sandbox's Instagram accounts and the per-account fault controls.
-- Rows of sandbox_ig_media are generated once, deterministically, by MediaSeeder at the first start in
-- sandbox mode (timestamps counted back from that start); stories are not stored: they are derived
-- from the clock so that some are always active (see io.igstudio.sandbox.media.StoryClock).
CREATE TABLE sandbox_ig_media (
    id             VARCHAR(32)   NOT NULL PRIMARY KEY,
    ig_user_id     VARCHAR(32)   NOT NULL,
    -- the carousel a child belongs to; NULL for a post or reel of the feed
    parent_id      VARCHAR(32)   NULL,
    -- IMAGE, VIDEO or CAROUSEL_ALBUM
    media_type     VARCHAR(16)   NOT NULL,
    -- FEED or REELS (Meta's media_product_type)
    product_type   VARCHAR(16)   NOT NULL,
    shortcode      VARCHAR(16)   NOT NULL,
    caption        VARCHAR(2200) NULL,
    taken_at       DATETIME(6)   NOT NULL,
    like_count     BIGINT        NOT NULL,
    comments_count BIGINT        NOT NULL,
    -- placeholder drawing: background colour (#rrggbb) and label
    colour         VARCHAR(7)    NOT NULL,
    label          VARCHAR(64)   NOT NULL,
    -- order of a carousel's children; 0 for feed media
    position       INT           NOT NULL,
    CONSTRAINT fk_sandbox_media_ig FOREIGN KEY (ig_user_id) REFERENCES sandbox_ig_user (id)
);

CREATE INDEX ix_sandbox_media_feed ON sandbox_ig_media (ig_user_id, taken_at);
CREATE INDEX ix_sandbox_media_parent ON sandbox_ig_media (parent_id, position);

-- What the sandbox does to calls about an account: normal, throttled, transient or expired_token.
CREATE TABLE sandbox_ig_control (
    ig_user_id     VARCHAR(32) NOT NULL PRIMARY KEY,
    mode           VARCHAR(16) NOT NULL,
    mode_since     DATETIME(6) NOT NULL,
    -- estimated_time_to_regain_access (minutes) announced while the mode is "throttled"
    regain_minutes INT         NOT NULL,
    CONSTRAINT fk_sandbox_control_ig FOREIGN KEY (ig_user_id) REFERENCES sandbox_ig_user (id)
);
