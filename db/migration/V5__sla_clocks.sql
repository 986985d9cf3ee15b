-- Service-level clocks per complaint and target, the waiting-on-customer pauses, and the escalations the monitor
-- (and the executive alert at creation) sent: exactly once per complaint, target, cycle and level.

ALTER TABLE complaint ADD COLUMN sla_warn_at DATETIME(6);

-- One clock per complaint and target kind. The policy is copied in (duration, calendar, warning %), so a policy change
-- applies to new complaints only. cycle counts restarts (reopen, a tighter target after a tier rise): escalations are
-- keyed by it, so a restarted clock can warn and breach again, once per cycle.
CREATE TABLE sla_clock (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT      NOT NULL DEFAULT 0,
    complaint_id     BIGINT      NOT NULL,
    kind             VARCHAR(32) NOT NULL,
    tier             VARCHAR(8)  NOT NULL,
    team_id          BIGINT,
    assignee_id      BIGINT,
    duration_minutes INT         NOT NULL,
    calendar_id      BIGINT      NOT NULL,
    warning_percent  INT         NOT NULL,
    cycle            INT         NOT NULL DEFAULT 0,
    running          BOOLEAN     NOT NULL,
    started_at       DATETIME(6) NOT NULL,
    paused_since     DATETIME(6),
    due_at           DATETIME(6),
    warn_at          DATETIME(6),
    warned_at        DATETIME(6),
    met_at           DATETIME(6),
    breached         BOOLEAN     NOT NULL DEFAULT FALSE,
    breached_at      DATETIME(6),
    business_minutes BIGINT,
    warn_pending     BOOLEAN     NOT NULL,
    breach_pending   BOOLEAN     NOT NULL,
    updated_at       DATETIME(6),
    updated_by       VARCHAR(64),
    CONSTRAINT uk_sla_clock UNIQUE (complaint_id, kind),
    CONSTRAINT fk_sla_clock_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_sla_clock_calendar FOREIGN KEY (calendar_id) REFERENCES sla_calendar (id)
);
-- the monitor: clocks whose warning / breach is still to come, past their instant, soonest first
CREATE INDEX ix_sla_clock_warn ON sla_clock (warn_pending, warn_at, id);
CREATE INDEX ix_sla_clock_due ON sla_clock (breach_pending, due_at, id);
CREATE INDEX ix_sla_clock_kind ON sla_clock (kind, running, id);
-- "at risk": running clocks by due instant
CREATE INDEX ix_sla_clock_running_due ON sla_clock (running, due_at, id);
-- the dashboard: clocks that ended (met or breached) in a period, by team / assignee
CREATE INDEX ix_sla_clock_started ON sla_clock (started_at, kind, tier);
CREATE INDEX ix_sla_clock_team ON sla_clock (team_id, started_at);
CREATE INDEX ix_sla_clock_assignee ON sla_clock (assignee_id, started_at);
CREATE INDEX ix_sla_clock_calendar ON sla_clock (calendar_id);

-- Waiting-on-customer intervals of a complaint (ended_at null: still waiting).
CREATE TABLE sla_pause (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    complaint_id BIGINT      NOT NULL,
    started_at   DATETIME(6) NOT NULL,
    ended_at     DATETIME(6),
    updated_at   DATETIME(6),
    updated_by   VARCHAR(64),
    CONSTRAINT uk_sla_pause UNIQUE (complaint_id, started_at),
    CONSTRAINT fk_sla_pause_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

-- level: WARNING, BREACH, EXEC_ALERT, EXEC_ESCALATION; outcome SENT or SKIPPED (caught up after the next level passed)
CREATE TABLE sla_escalation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT        NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    cycle        INT           NOT NULL,
    level        VARCHAR(20)   NOT NULL,
    outcome      VARCHAR(10)   NOT NULL,
    recipients   VARCHAR(2000),
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uk_sla_escalation UNIQUE (complaint_id, kind, cycle, level),
    CONSTRAINT fk_sla_escalation_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
