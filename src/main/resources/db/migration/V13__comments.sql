-- Comment moderation (issue 20). Portable between H2 2.2 (embedded) and MySQL 8 / MariaDB 10.11.

-- The comments IG Studio knows of, per connected account (one person's account row): what the inbox is built
-- from without a Graph call per post. Filled by threads opened, webhooks and the polling timer; ig_comment_id
-- is unique per account, so a repeated webhook or poll changes nothing.
CREATE TABLE ig_comment (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    user_id         VARCHAR(36)   NOT NULL,
    account_id      VARCHAR(36)   NOT NULL,
    ig_comment_id   VARCHAR(64)   NOT NULL,
    media_id        VARCHAR(64)   NOT NULL,
    -- Meta's id of the top-level comment of a reply; NULL for a top-level comment
    parent_ig_id    VARCHAR(64)   NULL,
    username        VARCHAR(255)  NULL,
    text            TEXT          NOT NULL,
    commented_at    DATETIME(6)   NOT NULL,
    hidden          BOOLEAN       NOT NULL DEFAULT FALSE,
    like_count      BIGINT        NOT NULL DEFAULT 0,
    -- written by the account itself (its own replies count as answers, never as inbox items)
    own             BOOLEAN       NOT NULL DEFAULT FALSE,
    -- the account replied (through IG Studio or Instagram)
    answered        BOOLEAN       NOT NULL DEFAULT FALSE,
    has_question    BOOLEAN       NOT NULL DEFAULT FALSE,
    has_link        BOOLEAN       NOT NULL DEFAULT FALSE,
    private_replied BOOLEAN       NOT NULL DEFAULT FALSE,
    deleted         BOOLEAN       NOT NULL DEFAULT FALSE,
    -- the account's rules looked at it (once, when it was new); false until then, also after a crash
    screened        BOOLEAN       NOT NULL DEFAULT FALSE,
    stored_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uq_ig_comment UNIQUE (account_id, ig_comment_id),
    CONSTRAINT fk_ig_comment_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_ig_comment_account FOREIGN KEY (account_id) REFERENCES instagram_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_ig_comment_inbox ON ig_comment (user_id, commented_at);
CREATE INDEX ix_ig_comment_media ON ig_comment (account_id, media_id);

-- Every webhook delivery, stored before it is processed (body as received, verified). body_sha256 makes a
-- repeated delivery one row; processed_at stays NULL until processing succeeded, and the timer retries those.
CREATE TABLE webhook_delivery (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    body_sha256   CHAR(64)     NOT NULL,
    body          TEXT         NOT NULL,
    received_at   DATETIME(6)  NOT NULL,
    processed_at  DATETIME(6)  NULL,
    attempts      INT          NOT NULL DEFAULT 0,
    last_error    VARCHAR(512) NULL,
    CONSTRAINT uq_webhook_delivery UNIQUE (body_sha256)
);
CREATE INDEX ix_webhook_delivery_pending ON webhook_delivery (processed_at, received_at);

-- A person's saved replies; {username} is replaced by the commenter's username when inserted.
CREATE TABLE saved_reply (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    user_id    VARCHAR(36)   NOT NULL,
    title      VARCHAR(80)   NOT NULL,
    text       VARCHAR(2200) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_saved_reply_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

-- Moderation rules per account. kind: KEYWORDS (terms: one word, phrase or emoji a line), LINKS, USERNAMES
-- (terms: one username a line), MENTIONS (max_mentions). Only enabled rules act on new comments.
CREATE TABLE moderation_rule (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id      VARCHAR(36)  NOT NULL,
    account_id   VARCHAR(36)  NOT NULL,
    name         VARCHAR(80)  NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    terms        TEXT         NOT NULL,
    max_mentions INT          NOT NULL DEFAULT 0,
    enabled      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_moderation_rule_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_moderation_rule_account FOREIGN KEY (account_id) REFERENCES instagram_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_moderation_rule_account ON moderation_rule (account_id, enabled);

-- What a rule did by itself (hide), so the inbox can say which rule and undo it.
CREATE TABLE moderation_action (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id     VARCHAR(36)  NOT NULL,
    comment_id  VARCHAR(36)  NOT NULL,
    rule_id     VARCHAR(36)  NULL,
    rule_name   VARCHAR(80)  NOT NULL,
    action      VARCHAR(16)  NOT NULL,
    acted_at    DATETIME(6)  NOT NULL,
    undone_at   DATETIME(6)  NULL,
    CONSTRAINT fk_moderation_action_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_moderation_action_comment FOREIGN KEY (comment_id) REFERENCES ig_comment (id) ON DELETE CASCADE
);
CREATE INDEX ix_moderation_action_comment ON moderation_action (comment_id);
