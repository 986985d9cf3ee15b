-- Mail outbox: written in the same transaction as the notification (or survey invitation...) that causes it, and
-- sent by a job that retries with back-off, so no mail is lost while SMTP is down.
CREATE TABLE mail_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    recipient       VARCHAR(64),
    email           VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(8000) NOT NULL,
    source_type     VARCHAR(64)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    rejections      INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000),
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    updated_at      DATETIME(6),
    updated_by      VARCHAR(64)
);
-- the sender's query: due mail, oldest first
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at, id);
-- the admin view: by status, newest first
CREATE INDEX ix_mail_outbox_status ON mail_outbox (status, created_at, id);

-- Which notification types a person gets by mail (no row: the default setting applies).
CREATE TABLE notification_mail_preference (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    username   VARCHAR(64) NOT NULL,
    type       VARCHAR(64) NOT NULL,
    by_mail    BOOLEAN     NOT NULL,
    updated_at DATETIME(6),
    updated_by VARCHAR(64),
    CONSTRAINT uk_notification_mail_preference UNIQUE (username, type)
);
