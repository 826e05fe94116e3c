-- Scheduling (issue 19). Portable between H2 2.2 (embedded) and MySQL 8 / MariaDB 10.11.

-- A scheduled post keeps the wall-clock time the person chose and the zone they chose it in; scheduled_at is
-- the instant computed from the two (so a 09:00 post stays 09:00 across daylight saving changes).
ALTER TABLE post ADD COLUMN scheduled_local VARCHAR(16) NULL;
ALTER TABLE post ADD COLUMN scheduled_zone VARCHAR(64) NULL;
ALTER TABLE post ADD COLUMN scheduled_at DATETIME(6) NULL;
CREATE INDEX ix_post_scheduled ON post (user_id, scheduled_at);

-- The person's time zone: taken from the browser the first time, changeable on the queue page.
CREATE TABLE person_zone (
    user_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    zone        VARCHAR(64)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_person_zone_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

-- Posting slots of an account: weekday (1 = Monday … 7 = Sunday) × local time (HH:mm) in the owner's zone.
CREATE TABLE posting_slot (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id  VARCHAR(36)  NOT NULL,
    weekday     INT          NOT NULL,
    slot_time   CHAR(5)      NOT NULL,
    CONSTRAINT fk_posting_slot_account FOREIGN KEY (account_id) REFERENCES instagram_account (id) ON DELETE CASCADE,
    CONSTRAINT uq_posting_slot UNIQUE (account_id, weekday, slot_time)
);
