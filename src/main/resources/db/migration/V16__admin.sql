-- Admin console (issue 24). Portable between H2 2.2 (embedded) and MySQL 8 / MariaDB 10.11.

-- A suspended person is signed out everywhere, cannot sign in again and their posts are held until lifted.
ALTER TABLE app_user ADD COLUMN suspended_at DATETIME(6) NULL;

-- The audit log: who did what to which target, when, from which address, with which outcome.
-- Never a token, a secret or a form body: only the route-derived action and the ids in the path.
CREATE TABLE audit_entry (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    user_id     VARCHAR(36)  NULL,
    user_name   VARCHAR(255) NULL,
    action      VARCHAR(96)  NOT NULL,
    target      VARCHAR(255) NULL,
    address     VARCHAR(64)  NULL,
    outcome     VARCHAR(16)  NOT NULL,
    status      INT          NOT NULL DEFAULT 0
);
CREATE INDEX ix_audit_entry_at ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_user ON audit_entry (user_id, occurred_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);

-- Meta's usage readings sampled from the rate-limit books (GraphUsage) for the 24-hour chart.
-- ig_user_id is NULL for the app-level reading (X-App-Usage).
CREATE TABLE usage_sample (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    sampled_at      DATETIME(6)  NOT NULL,
    ig_user_id      VARCHAR(64)  NULL,
    usage_percent   INT          NOT NULL,
    calls_last_hour INT          NOT NULL
);
CREATE INDEX ix_usage_sample_at ON usage_sample (sampled_at);
