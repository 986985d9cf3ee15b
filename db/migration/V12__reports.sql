-- Review reports: KPI targets per year, published (frozen) packs with their figures, and the review's action items.

-- A target per KPI, split value ('' = overall) and year, edited by managers.
CREATE TABLE report_target (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT         NOT NULL DEFAULT 0,
    kpi          VARCHAR(64)    NOT NULL,
    split_key    VARCHAR(80)    NOT NULL,
    target_year  INT            NOT NULL,
    target_value DECIMAL(19, 4) NOT NULL,
    updated_at   DATETIME(6),
    updated_by   VARCHAR(64),
    CONSTRAINT uk_report_target UNIQUE (target_year, kpi, split_key)
);

-- A published pack: one row per publication of a period; publishing again adds version n + 1. The unique key makes
-- two simultaneous publications of one period take consecutive versions.
CREATE TABLE report_pack (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(12)   NOT NULL,
    period_start DATE          NOT NULL,
    pack_version INT           NOT NULL,
    note         VARCHAR(4000),
    published_at DATETIME(6)   NOT NULL,
    published_by VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_report_pack UNIQUE (kind, period_start, pack_version)
);
CREATE INDEX ix_report_pack_published ON report_pack (published_at, id);

-- The figures as they were published; never updated.
CREATE TABLE report_pack_value (
    pack_id         BIGINT         NOT NULL,
    kpi             VARCHAR(64)    NOT NULL,
    split_key       VARCHAR(80)    NOT NULL,
    kpi_value       DECIMAL(19, 4),
    numerator       BIGINT         NOT NULL,
    denominator     BIGINT,
    target_value    DECIMAL(19, 4),
    rag             VARCHAR(8),
    previous_value  DECIMAL(19, 4),
    last_year_value DECIMAL(19, 4),
    PRIMARY KEY (pack_id, kpi, split_key),
    CONSTRAINT fk_report_pack_value FOREIGN KEY (pack_id) REFERENCES report_pack (id)
);

-- Action items of a review (what, owner, due), tracked to done; they belong to the period, across versions.
CREATE TABLE report_action_item (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    kind         VARCHAR(12)   NOT NULL,
    period_start DATE          NOT NULL,
    what         VARCHAR(1000) NOT NULL,
    owner_id     BIGINT        NOT NULL,
    due_date     DATE          NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    done_at      DATETIME(6),
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    updated_at   DATETIME(6),
    updated_by   VARCHAR(64),
    CONSTRAINT fk_report_action_owner FOREIGN KEY (owner_id) REFERENCES staff_member (id)
);
CREATE INDEX ix_report_action_period ON report_action_item (kind, period_start, id);
CREATE INDEX ix_report_action_due ON report_action_item (status, due_date, id);
