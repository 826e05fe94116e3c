-- Research (issue 22). Portable between H2 2.2 (embedded) and MySQL 8 / MariaDB 10.11.

-- Hashtag ids as Meta resolved them ("static and global"): a hashtag searched once needs no second search call.
CREATE TABLE research_hashtag (
    name        VARCHAR(100) NOT NULL PRIMARY KEY,
    hashtag_id  VARCHAR(40)  NOT NULL,
    resolved_at DATETIME(6)  NOT NULL
);

-- Meta allows 30 unique hashtags per account in a rolling 7 days; a repeat inside the 7 days is free and does not
-- move the start. One row per (account, hashtag): first_searched_at starts its current window. Claims are made
-- under a lock on the account's instagram_account row, so the 31st can never slip through, across restarts and
-- concurrent requests alike; the primary key stops a duplicate even without it.
CREATE TABLE hashtag_search (
    account_id        VARCHAR(36)  NOT NULL,
    name              VARCHAR(100) NOT NULL,
    first_searched_at DATETIME(6)  NOT NULL,
    last_searched_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_id, name),
    CONSTRAINT fk_hashtag_search_account FOREIGN KEY (account_id) REFERENCES instagram_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_hashtag_search_window ON hashtag_search (account_id, first_searched_at);

-- A person's named lists of hashtags (without '#', space-separated), inserted into captions from compose.
CREATE TABLE hashtag_set (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL,
    name       VARCHAR(80)  NOT NULL,
    tags       VARCHAR(3200) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_hashtag_set_name UNIQUE (user_id, name),
    CONSTRAINT fk_hashtag_set_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

-- Mentions of an account announced by the `mentions` webhook (written by the webhooks feature when it is
-- configured; read here). mention_key is media_id, or media_id:comment_id for a mention in a comment.
CREATE TABLE research_mention (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id  VARCHAR(36)  NOT NULL,
    mention_key VARCHAR(90)  NOT NULL,
    media_id    VARCHAR(40)  NOT NULL,
    comment_id  VARCHAR(40)  NULL,
    received_at DATETIME(6)  NOT NULL,
    replied_at  DATETIME(6)  NULL,
    reply_id    VARCHAR(40)  NULL,
    CONSTRAINT uq_research_mention UNIQUE (account_id, mention_key),
    CONSTRAINT fk_research_mention_account FOREIGN KEY (account_id) REFERENCES instagram_account (id) ON DELETE CASCADE
);

-- Other public accounts a person compares with one of theirs (Business Discovery), and one snapshot per day.
CREATE TABLE compared_account (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    user_id    VARCHAR(36) NOT NULL,
    account_id VARCHAR(36) NOT NULL,
    username   VARCHAR(30) NOT NULL,
    added_at   DATETIME(6) NOT NULL,
    CONSTRAINT uq_compared_account UNIQUE (user_id, username),
    CONSTRAINT fk_compared_account_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_compared_account_account FOREIGN KEY (account_id) REFERENCES instagram_account (id) ON DELETE CASCADE
);

CREATE TABLE compared_snapshot (
    compared_id     VARCHAR(36) NOT NULL,
    snapshot_day    DATE        NOT NULL,
    followers_count BIGINT      NOT NULL,
    media_count     BIGINT      NOT NULL,
    taken_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (compared_id, snapshot_day),
    CONSTRAINT fk_compared_snapshot FOREIGN KEY (compared_id) REFERENCES compared_account (id) ON DELETE CASCADE
);
