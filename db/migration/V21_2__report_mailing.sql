-- One row per scheduled report mailing (the monthly pack of a month, the weekly pain-point report of a week),
-- written in the same transaction as its outbox mail: the unique key makes the mailing happen exactly once even when
-- two nodes' schedulers run it at the same moment.
CREATE TABLE report_mailing (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(32) NOT NULL,
    period_start DATE        NOT NULL,
    recipients   INT         NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT uk_report_mailing UNIQUE (kind, period_start)
);
