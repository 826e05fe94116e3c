-- People who sign in to IG Studio with Facebook. Portable between H2 (embedded) and MySQL 8 / MariaDB 10.11.
CREATE TABLE app_user (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    facebook_id   VARCHAR(64)  NOT NULL,
    name          VARCHAR(255) NOT NULL,
    email         VARCHAR(320) NULL,
    admin         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6)  NOT NULL,
    last_login_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_app_user_facebook UNIQUE (facebook_id)
);
