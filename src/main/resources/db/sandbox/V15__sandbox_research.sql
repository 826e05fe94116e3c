-- Research in the Meta sandbox (issue 22): hashtag ids and each account's hashtag queries (30 unique per rolling
-- 7 days), public Business/Creator accounts for Business Discovery, mentions of the seeded accounts and the
-- replies sent to them. Portable between H2 2.2 and MySQL 8 / MariaDB 10.11. Times: UTC DATETIME(6), sandbox clock.

-- Hashtag ids are static and global (IG Hashtag Search reference): one row per name once it was searched.
CREATE TABLE sandbox_hashtag (
    id   VARCHAR(32)  NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT uq_sandbox_hashtag_name UNIQUE (name)
);

-- The first query of a hashtag by an account in its current 7-day window; a repeat inside the window neither
-- counts nor moves first_queried_at ("will not reset its initial query 7 day timer").
CREATE TABLE sandbox_hashtag_query (
    ig_user_id       VARCHAR(32) NOT NULL,
    hashtag_id       VARCHAR(32) NOT NULL,
    first_queried_at DATETIME(6) NOT NULL,
    PRIMARY KEY (ig_user_id, hashtag_id),
    CONSTRAINT fk_sandbox_hashtag_query_ig FOREIGN KEY (ig_user_id) REFERENCES sandbox_ig_user (id)
);

-- Made-up Instagram accounts outside the sandbox's people: what Business Discovery can (or cannot) see.
-- account_type PERSONAL and age_gated rows are refused as Meta refuses them.
CREATE TABLE sandbox_public_account (
    id              VARCHAR(32)   NOT NULL PRIMARY KEY,
    username        VARCHAR(64)   NOT NULL,
    name            VARCHAR(255)  NOT NULL,
    account_type    VARCHAR(16)   NOT NULL,
    age_gated       BOOLEAN       NOT NULL,
    biography       VARCHAR(1000) NULL,
    website         VARCHAR(512)  NULL,
    followers_count BIGINT        NOT NULL,
    follows_count   BIGINT        NOT NULL,
    media_count     BIGINT        NOT NULL,
    CONSTRAINT uq_sandbox_public_username UNIQUE (username)
);

INSERT INTO sandbox_public_account (id, username, name, account_type, age_gated, biography, website, followers_count, follows_count, media_count) VALUES
    ('17841400000009001', 'sunrise.bakehouse', 'Sunrise Bakehouse', 'BUSINESS', FALSE, 'Neighbourhood bakery. Croissants from 6 am.', 'https://sunrisebakehouse.example.com', 18240, 402, 512),
    ('17841400000009002', 'crumb.and.co', 'Crumb & Co', 'BUSINESS', FALSE, 'Bread classes and sourdough starters.', 'https://crumbandco.example.com', 7310, 220, 198),
    ('17841400000009003', 'mira.illustrates', 'Mira Sato', 'MEDIA_CREATOR', FALSE, 'Food illustration, weekly recipe cards.', 'https://mirasato.example.com', 40215, 611, 340),
    ('17841400000009004', 'jonas.private', 'Jonas', 'PERSONAL', FALSE, NULL, NULL, 312, 290, 41),
    ('17841400000009005', 'vineyard.after.dark', 'Vineyard After Dark', 'BUSINESS', TRUE, 'Wine bar. 21+ only.', 'https://vineyardafterdark.example.com', 9120, 130, 260);

-- Captions and comments in which a seeded account was @mentioned (what the mentions webhook would announce).
CREATE TABLE sandbox_mention (
    media_id       VARCHAR(32)   NOT NULL,
    comment_id     VARCHAR(32)   NULL,
    ig_user_id     VARCHAR(32)   NOT NULL,
    author_id      VARCHAR(32)   NOT NULL,
    caption        VARCHAR(2200) NOT NULL,
    comment_text   VARCHAR(2200) NULL,
    like_count     BIGINT        NOT NULL,
    comments_count BIGINT        NOT NULL,
    comments_on    BOOLEAN       NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_sandbox_mention_ig FOREIGN KEY (ig_user_id) REFERENCES sandbox_ig_user (id),
    CONSTRAINT fk_sandbox_mention_author FOREIGN KEY (author_id) REFERENCES sandbox_public_account (id)
);
CREATE INDEX ix_sandbox_mention_media ON sandbox_mention (media_id);

INSERT INTO sandbox_mention (media_id, comment_id, ig_user_id, author_id, caption, comment_text, like_count, comments_count, comments_on, created_at) VALUES
    ('17900000000009101', NULL, '17841400000000101', '17841400000009001', 'Swapped loaves with @avasbakery this morning. #sourdough', NULL, 412, 18, TRUE, TIMESTAMP '2026-11-20 08:30:00'),
    ('17900000000009102', '17900000000009201', '17841400000000101', '17841400000009003', 'New recipe card: rye crackers.', '@avasbakery you have to try these!', 1890, 64, TRUE, TIMESTAMP '2026-11-21 17:05:00'),
    ('17900000000009103', NULL, '17841400000000102', '17841400000009002', 'Class photos with @ava.creates drawing the whole thing.', NULL, 220, 9, FALSE, TIMESTAMP '2026-11-22 12:00:00');

-- Comments the sandbox accepted on POST /{ig-user-id}/mentions.
CREATE TABLE sandbox_mention_reply (
    id         VARCHAR(32)   NOT NULL PRIMARY KEY,
    ig_user_id VARCHAR(32)   NOT NULL,
    media_id   VARCHAR(32)   NOT NULL,
    comment_id VARCHAR(32)   NULL,
    message    VARCHAR(2200) NOT NULL,
    created_at DATETIME(6)   NOT NULL
);
