-- Token health (issue 23): what Meta's debug_token said at the last daily check, and the warnings sent.
-- data_access_expires_at: Meta stops data access 90 days after the person last consented, even with a valid token.
-- lost_scopes: permissions the connection had and Meta no longer reports (comma separated).
-- data_access_warned_days: the last warning sent (14 or 3 days before), so that each goes out once.
ALTER TABLE facebook_connection ADD COLUMN data_access_expires_at DATETIME(6) NULL;
ALTER TABLE facebook_connection ADD COLUMN lost_scopes TEXT NULL;
ALTER TABLE facebook_connection ADD COLUMN health_checked_at DATETIME(6) NULL;
ALTER TABLE facebook_connection ADD COLUMN data_access_warned_days INT NULL;
ALTER TABLE facebook_connection ADD COLUMN revoked_reason VARCHAR(255) NULL;

-- Data deletion requests (Meta's data deletion callback, or the person's own "Delete my data"). Kept after the
-- person's data is gone so that the status URL handed to Meta keeps answering; the Facebook user id is kept
-- only as a SHA-256 hash (to answer a repeated request with the same code), nothing else of the person.
CREATE TABLE data_deletion (
    confirmation_code  VARCHAR(64)  NOT NULL PRIMARY KEY,
    facebook_id_hash   VARCHAR(64)  NOT NULL,
    origin             VARCHAR(16)  NOT NULL,
    requested_at       DATETIME(6)  NOT NULL,
    completed_at       DATETIME(6)  NULL
);
CREATE INDEX ix_data_deletion_person ON data_deletion (facebook_id_hash);
