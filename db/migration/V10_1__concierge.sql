-- VIP concierge: absences with a deputy, the VIP rights catalogue and its usage, the contact log, and the state of
-- the daily occasions job (the last day it covered, so that it catches up after downtime).
CREATE TABLE concierge_absence (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    staff_id   BIGINT        NOT NULL,
    deputy_id  BIGINT        NOT NULL,
    starts_on  DATE          NOT NULL,
    ends_on    DATE          NOT NULL,
    note       VARCHAR(500),
    cancelled  BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at DATETIME(6)   NOT NULL,
    created_by VARCHAR(64)   NOT NULL,
    updated_at DATETIME(6),
    updated_by VARCHAR(64),
    CONSTRAINT fk_absence_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    CONSTRAINT fk_absence_deputy FOREIGN KEY (deputy_id) REFERENCES staff_member (id)
);
CREATE INDEX ix_absence_staff ON concierge_absence (staff_id, cancelled, starts_on, ends_on);
CREATE INDEX ix_absence_deputy ON concierge_absence (deputy_id, cancelled, starts_on, ends_on);

CREATE TABLE vip_right (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    code             VARCHAR(40)   NOT NULL,
    name_en          VARCHAR(100)  NOT NULL,
    name_zh          VARCHAR(100)  NOT NULL,
    membership_level VARCHAR(16)   NOT NULL,
    yearly_allowance INT           NOT NULL,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    updated_at       DATETIME(6),
    updated_by       VARCHAR(64),
    CONSTRAINT uk_vip_right UNIQUE (code, membership_level)
);

-- A service-request task that uses a right; usage = its task DONE with outcome DELIVERED, counted in the shop year
-- of usage_year. Beyond the allowance a manager's approval is recorded here before it may be delivered.
CREATE TABLE vip_right_use (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    task_id       BIGINT        NOT NULL,
    customer_id   BIGINT        NOT NULL,
    right_id      BIGINT        NOT NULL,
    usage_year    INT           NOT NULL,
    delivered     BOOLEAN       NOT NULL DEFAULT FALSE,
    delivered_at  DATETIME(6),
    approved_by   VARCHAR(64),
    approved_at   DATETIME(6),
    approval_note VARCHAR(500),
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    updated_at    DATETIME(6),
    updated_by    VARCHAR(64),
    CONSTRAINT uk_vip_right_use_task UNIQUE (task_id),
    CONSTRAINT fk_vip_right_use_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_vip_right_use_right FOREIGN KEY (right_id) REFERENCES vip_right (id)
);
CREATE INDEX ix_vip_right_use_customer ON vip_right_use (customer_id, usage_year, right_id, delivered);
CREATE INDEX ix_vip_right_use_year ON vip_right_use (usage_year, delivered);

CREATE TABLE contact_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT        NOT NULL,
    staff_id    BIGINT,
    contacted_at DATETIME(6)  NOT NULL,
    channel     VARCHAR(16)   NOT NULL,
    note        VARCHAR(2000),
    task_id     BIGINT,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_contact_log_task UNIQUE (task_id),
    CONSTRAINT fk_contact_log_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_contact_log_customer ON contact_log (customer_id, contacted_at);
CREATE INDEX ix_contact_log_month ON contact_log (contacted_at, customer_id);

CREATE TABLE concierge_job_state (
    job_name  VARCHAR(40)  NOT NULL PRIMARY KEY,
    last_day  DATE         NOT NULL,
    ran_at    DATETIME(6)  NOT NULL
);

INSERT INTO vip_right (code, name_en, name_zh, membership_level, yearly_allowance) VALUES
 ('LOUNGE', 'Airport lounge visit', '机场贵宾厅', 'ORDINARY', 1),
 ('AUTHENTICATION', 'Luxury authentication', '奢品鉴定', 'ORDINARY', 1),
 ('PRIVATE_EVENT', 'Private event', '私享活动', 'ORDINARY', 0),
 ('LOUNGE', 'Airport lounge visit', '机场贵宾厅', 'GOLD', 2),
 ('AUTHENTICATION', 'Luxury authentication', '奢品鉴定', 'GOLD', 1),
 ('PRIVATE_EVENT', 'Private event', '私享活动', 'GOLD', 1),
 ('LOUNGE', 'Airport lounge visit', '机场贵宾厅', 'DIAMOND', 4),
 ('AUTHENTICATION', 'Luxury authentication', '奢品鉴定', 'DIAMOND', 2),
 ('PRIVATE_EVENT', 'Private event', '私享活动', 'DIAMOND', 2);
