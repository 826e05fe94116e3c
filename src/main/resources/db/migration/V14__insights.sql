-- Insights history (issue 21). Portable between H2 2.2 (embedded) and MySQL 8 / MariaDB 10.11.

-- One row per account and day once the daily snapshot is stored: the key that makes the snapshot idempotent
-- (a second run, another instance, or a restart on the same day inserts nothing).
CREATE TABLE insight_snapshot (
    account_id  VARCHAR(36)  NOT NULL,
    snap_day    DATE         NOT NULL,
    taken_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_insight_snapshot PRIMARY KEY (account_id, snap_day),
    CONSTRAINT fk_insight_snapshot_account FOREIGN KEY (account_id) REFERENCES instagram_account (id) ON DELETE CASCADE
);

-- An account's daily figures as Meta reported them, kept beyond Meta's own window.
CREATE TABLE insight_day (
    account_id    VARCHAR(36)  NOT NULL,
    metric_day    DATE         NOT NULL,
    metric        VARCHAR(48)  NOT NULL,
    metric_value  BIGINT       NOT NULL,
    CONSTRAINT pk_insight_day PRIMARY KEY (account_id, metric_day, metric),
    CONSTRAINT fk_insight_day_account FOREIGN KEY (account_id) REFERENCES instagram_account (id) ON DELETE CASCADE
);

-- A post's, reel's or story's lifetime figures as read on one day (stories before they expire).
CREATE TABLE insight_media (
    account_id     VARCHAR(36)   NOT NULL,
    media_id       VARCHAR(40)   NOT NULL,
    snap_day       DATE          NOT NULL,
    metric         VARCHAR(48)   NOT NULL,
    metric_value   BIGINT        NOT NULL,
    product_type   VARCHAR(8)    NOT NULL,
    posted_at      DATETIME(6)   NULL,
    CONSTRAINT pk_insight_media PRIMARY KEY (account_id, media_id, snap_day, metric),
    CONSTRAINT fk_insight_media_account FOREIGN KEY (account_id) REFERENCES instagram_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_insight_media_posted ON insight_media (account_id, posted_at);
