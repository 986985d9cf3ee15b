-- In-app notifications (the bell). Read newest first per recipient; unread counted per recipient.
CREATE TABLE notification (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient   VARCHAR(64)   NOT NULL,
    type        VARCHAR(64)   NOT NULL,
    message_key VARCHAR(120)  NOT NULL,
    params      VARCHAR(2000),
    link        VARCHAR(200),
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)
);
CREATE INDEX ix_notification_recipient ON notification (recipient, created_at, id);
CREATE INDEX ix_notification_unread ON notification (recipient, read_at);
