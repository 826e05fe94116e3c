-- Notifications (issue 19). Portable between H2 2.2 (embedded) and MySQL 8 / MariaDB 10.11.
-- What a person is told (post published / failed / missed, quota reached, account to reconnect), with a link
-- inside IG Studio. event_key names the event when the caller has one, so that it is told once only.
CREATE TABLE notification (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id     VARCHAR(36)  NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    message     VARCHAR(512) NOT NULL,
    link        VARCHAR(512) NULL,
    event_key   VARCHAR(128) NULL,
    created_at  DATETIME(6)  NOT NULL,
    read_at     DATETIME(6)  NULL,
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT uq_notification_event UNIQUE (user_id, event_key)
);
CREATE INDEX ix_notification_user ON notification (user_id, read_at, created_at);
