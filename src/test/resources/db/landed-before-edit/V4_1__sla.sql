-- Service levels: business calendars (slots, holidays), policies per tier with their targets, executive duty roster.

CREATE TABLE sla_calendar (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    name              VARCHAR(100) NOT NULL,
    time_zone         VARCHAR(64)  NOT NULL,
    twenty_four_seven BOOLEAN      NOT NULL,
    updated_at        DATETIME(6),
    updated_by        VARCHAR(64),
    CONSTRAINT uk_sla_calendar_name UNIQUE (name)
);

CREATE TABLE sla_calendar_slot (
    calendar_id BIGINT      NOT NULL,
    day_of_week VARCHAR(10) NOT NULL,
    start_time  TIME        NOT NULL,
    end_time    TIME        NOT NULL,
    CONSTRAINT fk_sla_calendar_slot FOREIGN KEY (calendar_id) REFERENCES sla_calendar (id)
);
CREATE INDEX ix_sla_calendar_slot ON sla_calendar_slot (calendar_id);

CREATE TABLE sla_holiday (
    calendar_id  BIGINT       NOT NULL,
    holiday_date DATE         NOT NULL,
    name         VARCHAR(200),
    PRIMARY KEY (calendar_id, holiday_date),
    CONSTRAINT fk_sla_holiday FOREIGN KEY (calendar_id) REFERENCES sla_calendar (id)
);

-- scope: ALL, VIP, or LAYER:<customer layer>; the most specific matching policy wins per target
CREATE TABLE sla_policy (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    tier       VARCHAR(16) NOT NULL,
    scope      VARCHAR(48) NOT NULL,
    updated_at DATETIME(6),
    updated_by VARCHAR(64),
    CONSTRAINT uk_sla_policy_scope UNIQUE (tier, scope)
);

CREATE TABLE sla_policy_target (
    policy_id        BIGINT      NOT NULL,
    kind             VARCHAR(32) NOT NULL,
    duration_minutes INT         NOT NULL,
    calendar_id      BIGINT      NOT NULL,
    warning_percent  INT         NOT NULL,
    PRIMARY KEY (policy_id, kind),
    CONSTRAINT fk_sla_policy_target FOREIGN KEY (policy_id) REFERENCES sla_policy (id),
    CONSTRAINT fk_sla_policy_target_calendar FOREIGN KEY (calendar_id) REFERENCES sla_calendar (id)
);
CREATE INDEX ix_sla_policy_target_calendar ON sla_policy_target (calendar_id);

CREATE TABLE duty_shift (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    executive  VARCHAR(64) NOT NULL,
    starts_at  DATETIME(6) NOT NULL,
    ends_at    DATETIME(6) NOT NULL,
    note       VARCHAR(200),
    updated_at DATETIME(6),
    updated_by VARCHAR(64)
);
CREATE INDEX ix_duty_shift_time ON duty_shift (starts_at, ends_at);
CREATE INDEX ix_duty_shift_end ON duty_shift (ends_at, id);

-- Defaults (DOMAIN.md): normal complaints on business hours Mon-Fri 09:00-18:00 Asia/Shanghai, urgent and major
-- around the clock. All editable by an administrator.
INSERT INTO sla_calendar (name, time_zone, twenty_four_seven, updated_by) VALUES ('Business hours', 'Asia/Shanghai', FALSE, 'system');
INSERT INTO sla_calendar (name, time_zone, twenty_four_seven, updated_by) VALUES ('24 x 7', 'Asia/Shanghai', TRUE, 'system');
INSERT INTO sla_calendar_slot (calendar_id, day_of_week, start_time, end_time)
    SELECT c.id, d.day_name, '09:00:00', '18:00:00' FROM sla_calendar c,
        (SELECT 'MONDAY' AS day_name UNION ALL SELECT 'TUESDAY' UNION ALL SELECT 'WEDNESDAY'
         UNION ALL SELECT 'THURSDAY' UNION ALL SELECT 'FRIDAY') d
    WHERE c.name = 'Business hours';

INSERT INTO sla_policy (tier, scope, updated_by) VALUES ('NORMAL', 'ALL', 'system');
INSERT INTO sla_policy (tier, scope, updated_by) VALUES ('URGENT', 'ALL', 'system');
INSERT INTO sla_policy (tier, scope, updated_by) VALUES ('MAJOR', 'ALL', 'system');

-- normal: contact within 2 business hours; resolution within 3 business days (27 business hours)
INSERT INTO sla_policy_target (policy_id, kind, duration_minutes, calendar_id, warning_percent)
    SELECT p.id, 'FIRST_RESPONSE', 120, c.id, 75 FROM sla_policy p, sla_calendar c WHERE p.tier = 'NORMAL' AND p.scope = 'ALL' AND c.name = 'Business hours';
INSERT INTO sla_policy_target (policy_id, kind, duration_minutes, calendar_id, warning_percent)
    SELECT p.id, 'RESOLUTION', 1620, c.id, 75 FROM sla_policy p, sla_calendar c WHERE p.tier = 'NORMAL' AND p.scope = 'ALL' AND c.name = 'Business hours';
-- urgent: intervene within 30 minutes; public statement within 2 h, solution within 24 h (public negative opinion)
INSERT INTO sla_policy_target (policy_id, kind, duration_minutes, calendar_id, warning_percent)
    SELECT p.id, 'FIRST_RESPONSE', 30, c.id, 75 FROM sla_policy p, sla_calendar c WHERE p.tier = 'URGENT' AND p.scope = 'ALL' AND c.name = '24 x 7';
INSERT INTO sla_policy_target (policy_id, kind, duration_minutes, calendar_id, warning_percent)
    SELECT p.id, 'PUBLIC_STATEMENT', 120, c.id, 75 FROM sla_policy p, sla_calendar c WHERE p.tier = 'URGENT' AND p.scope = 'ALL' AND c.name = '24 x 7';
INSERT INTO sla_policy_target (policy_id, kind, duration_minutes, calendar_id, warning_percent)
    SELECT p.id, 'RESOLUTION', 1440, c.id, 75 FROM sla_policy p, sla_calendar c WHERE p.tier = 'URGENT' AND p.scope = 'ALL' AND c.name = '24 x 7';
-- major: the executive on duty acknowledges within 15 minutes ("at once"), then as urgent
INSERT INTO sla_policy_target (policy_id, kind, duration_minutes, calendar_id, warning_percent)
    SELECT p.id, 'EXECUTIVE_ACK', 15, c.id, 75 FROM sla_policy p, sla_calendar c WHERE p.tier = 'MAJOR' AND p.scope = 'ALL' AND c.name = '24 x 7';
INSERT INTO sla_policy_target (policy_id, kind, duration_minutes, calendar_id, warning_percent)
    SELECT p.id, 'FIRST_RESPONSE', 30, c.id, 75 FROM sla_policy p, sla_calendar c WHERE p.tier = 'MAJOR' AND p.scope = 'ALL' AND c.name = '24 x 7';
INSERT INTO sla_policy_target (policy_id, kind, duration_minutes, calendar_id, warning_percent)
    SELECT p.id, 'PUBLIC_STATEMENT', 120, c.id, 75 FROM sla_policy p, sla_calendar c WHERE p.tier = 'MAJOR' AND p.scope = 'ALL' AND c.name = '24 x 7';
INSERT INTO sla_policy_target (policy_id, kind, duration_minutes, calendar_id, warning_percent)
    SELECT p.id, 'RESOLUTION', 1440, c.id, 75 FROM sla_policy p, sla_calendar c WHERE p.tier = 'MAJOR' AND p.scope = 'ALL' AND c.name = '24 x 7';
