-- Foundation: staff accounts and roles, login throttle, settings, audit trail, job locks.
-- Portable across MySQL 8.4, MariaDB 10.11 and H2 in MySQL mode. Instants are UTC in DATETIME(6).

CREATE TABLE staff_member (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    username            VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(120) NOT NULL,
    email               VARCHAR(254) NOT NULL,
    language            VARCHAR(10)  NOT NULL,
    time_zone           VARCHAR(64)  NOT NULL,
    enabled             BOOLEAN      NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    password_changed_at DATETIME(6),
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6),
    updated_by          VARCHAR(64),
    CONSTRAINT uk_staff_username UNIQUE (username)
);

CREATE TABLE staff_role (
    staff_id BIGINT      NOT NULL,
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (staff_id, role),
    CONSTRAINT fk_staff_role_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
);
CREATE INDEX ix_staff_role_role ON staff_role (role);

CREATE TABLE login_attempt (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(64) NOT NULL,
    address      VARCHAR(64) NOT NULL,
    attempted_at DATETIME(6) NOT NULL,
    outcome      VARCHAR(16) NOT NULL
);
CREATE INDEX ix_login_attempt_user ON login_attempt (username, attempted_at);
CREATE INDEX ix_login_attempt_address ON login_attempt (address, attempted_at);
CREATE INDEX ix_login_attempt_time ON login_attempt (attempted_at);

CREATE TABLE setting (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    setting_key   VARCHAR(100)  NOT NULL,
    setting_value VARCHAR(1000),
    default_value VARCHAR(1000),
    value_type    VARCHAR(16)   NOT NULL,
    description   VARCHAR(500),
    updated_at    DATETIME(6),
    updated_by    VARCHAR(64),
    CONSTRAINT uk_setting_key UNIQUE (setting_key)
);

CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    record_type VARCHAR(64),
    record_id   VARCHAR(64),
    details     VARCHAR(4000)
);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at, id);
CREATE INDEX ix_audit_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_action ON audit_entry (action, occurred_at);
CREATE INDEX ix_audit_record ON audit_entry (record_type, record_id, occurred_at);

-- ShedLock: a scheduled job runs on one node at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
