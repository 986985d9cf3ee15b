-- Complaints: teams, the complaint with its workflow instants, tiering rules, timeline, compensation,
-- root-cause analysis with corrective actions, and saved queue filters.
CREATE TABLE team (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    name       VARCHAR(100) NOT NULL,
    lead_id    BIGINT,
    updated_at DATETIME(6),
    updated_by VARCHAR(64),
    CONSTRAINT uk_team_name UNIQUE (name),
    CONSTRAINT fk_team_lead FOREIGN KEY (lead_id) REFERENCES staff_member (id)
);
CREATE INDEX ix_team_lead ON team (lead_id);

CREATE TABLE team_member (
    team_id  BIGINT NOT NULL,
    staff_id BIGINT NOT NULL,
    PRIMARY KEY (team_id, staff_id),
    CONSTRAINT fk_team_member_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_team_member_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
);
CREATE INDEX ix_team_member_staff ON team_member (staff_id);

CREATE TABLE complaint (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT         NOT NULL DEFAULT 0,
    number            VARCHAR(40)    NOT NULL,
    customer_id       BIGINT         NOT NULL,
    customer_name     VARCHAR(200)   NOT NULL,
    order_external_id VARCHAR(64),
    order_amount      DECIMAL(19, 2),
    order_currency    VARCHAR(3),
    channel           VARCHAR(24)    NOT NULL,
    category          VARCHAR(32)    NOT NULL,
    subject           VARCHAR(200)   NOT NULL,
    description       VARCHAR(4000)  NOT NULL,
    spread_risk       VARCHAR(16)    NOT NULL,
    affected_count    INT            NOT NULL DEFAULT 1,
    tier              VARCHAR(8)     NOT NULL,
    tier_reason       VARCHAR(1000)  NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    source            VARCHAR(8)     NOT NULL,
    idempotency_key   VARCHAR(100),
    created_at        DATETIME(6)    NOT NULL,
    created_by        VARCHAR(64)    NOT NULL,
    acknowledged_at   DATETIME(6),
    in_progress_at    DATETIME(6),
    waiting_since     DATETIME(6),
    resolved_at       DATETIME(6),
    closed_at         DATETIME(6),
    reopened_at       DATETIME(6),
    team_id           BIGINT,
    assignee_id       BIGINT,
    exec_ack_by       VARCHAR(64),
    exec_ack_at       DATETIME(6),
    sla_due_at        DATETIME(6),
    sla_breached      BOOLEAN        NOT NULL DEFAULT FALSE,
    updated_at        DATETIME(6),
    updated_by        VARCHAR(64),
    CONSTRAINT uk_complaint_number UNIQUE (number),
    CONSTRAINT uk_complaint_idempotency UNIQUE (idempotency_key),
    CONSTRAINT fk_complaint_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_complaint_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_complaint_assignee FOREIGN KEY (assignee_id) REFERENCES staff_member (id)
);
CREATE INDEX ix_complaint_created ON complaint (created_at, id);
CREATE INDEX ix_complaint_status ON complaint (status, created_at, id);
CREATE INDEX ix_complaint_tier ON complaint (tier, status, created_at);
CREATE INDEX ix_complaint_team ON complaint (team_id, status, created_at);
CREATE INDEX ix_complaint_assignee ON complaint (assignee_id, status, created_at);
CREATE INDEX ix_complaint_customer ON complaint (customer_id, created_at);
CREATE INDEX ix_complaint_sla_due ON complaint (sla_due_at, id);
CREATE INDEX ix_complaint_category ON complaint (category, created_at);
CREATE INDEX ix_complaint_channel ON complaint (channel, created_at);

CREATE TABLE complaint_watcher (
    complaint_id BIGINT NOT NULL,
    staff_id     BIGINT NOT NULL,
    PRIMARY KEY (complaint_id, staff_id),
    CONSTRAINT fk_watcher_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_watcher_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
);
CREATE INDEX ix_watcher_staff ON complaint_watcher (staff_id);

CREATE TABLE complaint_timeline (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id     BIGINT        NOT NULL,
    occurred_at      DATETIME(6)   NOT NULL,
    actor            VARCHAR(64)   NOT NULL,
    kind             VARCHAR(24)   NOT NULL,
    customer_visible BOOLEAN       NOT NULL,
    from_value       VARCHAR(64),
    to_value         VARCHAR(64),
    body             VARCHAR(4000),
    CONSTRAINT fk_timeline_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_timeline_complaint ON complaint_timeline (complaint_id, occurred_at, id);

CREATE TABLE complaint_compensation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT         NOT NULL,
    kind         VARCHAR(16)    NOT NULL,
    amount       DECIMAL(19, 2),
    currency     VARCHAR(3),
    reason       VARCHAR(1000)  NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    created_by   VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_compensation_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_compensation_complaint ON complaint_compensation (complaint_id, created_at);

CREATE TABLE rca_finding (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT        NOT NULL,
    dimension    VARCHAR(8)    NOT NULL,
    finding      VARCHAR(2000) NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_finding_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_finding_complaint ON rca_finding (complaint_id, dimension);

CREATE TABLE corrective_action (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    finding_id   BIGINT        NOT NULL,
    complaint_id BIGINT        NOT NULL,
    what         VARCHAR(1000) NOT NULL,
    owner_id     BIGINT        NOT NULL,
    due_date     DATE          NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    done_at      DATETIME(6),
    updated_at   DATETIME(6),
    updated_by   VARCHAR(64),
    CONSTRAINT fk_action_finding FOREIGN KEY (finding_id) REFERENCES rca_finding (id),
    CONSTRAINT fk_action_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_action_owner FOREIGN KEY (owner_id) REFERENCES staff_member (id)
);
CREATE INDEX ix_action_finding ON corrective_action (finding_id);
CREATE INDEX ix_action_complaint ON corrective_action (complaint_id);
CREATE INDEX ix_action_due ON corrective_action (status, due_date, id);

CREATE TABLE tiering_rule (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT         NOT NULL DEFAULT 0,
    position            INT            NOT NULL,
    name                VARCHAR(100)   NOT NULL,
    enabled             BOOLEAN        NOT NULL DEFAULT TRUE,
    tier                VARCHAR(8)     NOT NULL,
    categories          VARCHAR(500),
    channels            VARCHAR(300),
    spread_risks        VARCHAR(100),
    min_affected        INT,
    layers              VARCHAR(200),
    vip_only            BOOLEAN        NOT NULL DEFAULT FALSE,
    keywords            VARCHAR(2000),
    repeat_within_days  INT,
    min_order_amount    DECIMAL(19, 2),
    updated_at          DATETIME(6),
    updated_by          VARCHAR(64),
    CONSTRAINT uk_tiering_rule_name UNIQUE (name)
);
CREATE INDEX ix_tiering_rule_position ON tiering_rule (position, id);

CREATE TABLE complaint_saved_filter (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner      VARCHAR(64)   NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    definition VARCHAR(2000) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    CONSTRAINT uk_saved_filter UNIQUE (owner, name)
);
