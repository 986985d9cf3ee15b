-- Tasks: one model for all work that is not a complaint. Types and their outcomes are data an administrator edits
-- (English and Chinese names); a task comes from a source record (complaint, survey answer, occasion, layer change)
-- and is created at most once per (source type, source id, task type): the unique key makes two nodes agree.
CREATE TABLE task_type (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    code              VARCHAR(40)  NOT NULL,
    name_en           VARCHAR(100) NOT NULL,
    name_zh           VARCHAR(100) NOT NULL,
    default_due_hours INT          NOT NULL,
    concierge         BOOLEAN      NOT NULL DEFAULT TRUE,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    position          INT          NOT NULL DEFAULT 0,
    updated_at        DATETIME(6),
    updated_by        VARCHAR(64),
    CONSTRAINT uk_task_type_code UNIQUE (code)
);

CREATE TABLE task_outcome (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_type_id      BIGINT       NOT NULL,
    code              VARCHAR(40)  NOT NULL,
    name_en           VARCHAR(100) NOT NULL,
    name_zh           VARCHAR(100) NOT NULL,
    counts_as_contact BOOLEAN      NOT NULL DEFAULT TRUE,
    position          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_task_outcome UNIQUE (task_type_id, code),
    CONSTRAINT fk_task_outcome_type FOREIGN KEY (task_type_id) REFERENCES task_type (id)
);

CREATE TABLE task (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    task_type_id  BIGINT        NOT NULL,
    customer_id   BIGINT,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(2000),
    status        VARCHAR(16)   NOT NULL,
    priority      VARCHAR(8)    NOT NULL,
    owner_id      BIGINT,
    pool          VARCHAR(40),
    due_at        DATETIME(6)   NOT NULL,
    source_type   VARCHAR(20)   NOT NULL,
    source_id     VARCHAR(64),
    source_link   VARCHAR(200),
    outcome_code  VARCHAR(40),
    outcome_note  VARCHAR(2000),
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    started_at    DATETIME(6),
    closed_at     DATETIME(6),
    closed_by     VARCHAR(64),
    updated_at    DATETIME(6),
    updated_by    VARCHAR(64),
    CONSTRAINT uk_task_source UNIQUE (source_type, source_id, task_type_id),
    CONSTRAINT fk_task_type FOREIGN KEY (task_type_id) REFERENCES task_type (id),
    CONSTRAINT fk_task_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_task_owner FOREIGN KEY (owner_id) REFERENCES staff_member (id)
);
-- My tasks (owner, open, soonest due), the pools (pool, unowned, soonest due), a customer's tasks.
CREATE INDEX ix_task_owner_open ON task (owner_id, status, due_at, id);
CREATE INDEX ix_task_pool_open ON task (pool, status, owner_id, due_at, id);
CREATE INDEX ix_task_customer ON task (customer_id, status, due_at);
CREATE INDEX ix_task_closed ON task (status, closed_at);

CREATE TABLE task_event (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id   BIGINT       NOT NULL,
    at        DATETIME(6)  NOT NULL,
    actor     VARCHAR(64)  NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    detail    VARCHAR(2000),
    CONSTRAINT fk_task_event_task FOREIGN KEY (task_id) REFERENCES task (id)
);
CREATE INDEX ix_task_event_task ON task_event (task_id, at, id);

INSERT INTO task_type (code, name_en, name_zh, default_due_hours, concierge, position) VALUES
 ('OCCASION', 'Occasion', '纪念日关怀', 168, TRUE, 10),
 ('SERVICE_REQUEST', 'Service request', '尊享服务', 72, TRUE, 20),
 ('CO_CREATION', 'Co-creation invitation', '共创邀请', 168, TRUE, 30),
 ('REWARD', 'Cross-industry reward', '跨界礼遇', 168, TRUE, 40),
 ('COMPLAINT_FOLLOW_UP', 'Complaint follow-up', '投诉回访', 24, TRUE, 50),
 ('SURVEY_FOLLOW_UP', 'Survey answer follow-up', '问卷回访', 48, FALSE, 60),
 ('WIN_BACK', 'Win-back', '挽回关怀', 72, TRUE, 70),
 ('WELCOME', 'Welcome', '欢迎新贵宾', 48, TRUE, 80);

INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'GIFT_SENT', 'Gift sent', '已寄送礼物', TRUE, 0 FROM task_type WHERE code = 'OCCASION';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'GREETED', 'Greeted by call or message', '已电话或消息问候', TRUE, 1 FROM task_type WHERE code = 'OCCASION';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'NOT_REACHED', 'Not reached', '未联系上', FALSE, 2 FROM task_type WHERE code = 'OCCASION';

INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'DELIVERED', 'Delivered', '已交付', TRUE, 0 FROM task_type WHERE code = 'SERVICE_REQUEST';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'DECLINED', 'Declined by the customer', '客户婉拒', TRUE, 1 FROM task_type WHERE code = 'SERVICE_REQUEST';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'NOT_POSSIBLE', 'Not possible', '无法提供', TRUE, 2 FROM task_type WHERE code = 'SERVICE_REQUEST';

INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'ACCEPTED', 'Accepted', '已接受', TRUE, 0 FROM task_type WHERE code = 'CO_CREATION';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'DECLINED', 'Declined', '已婉拒', TRUE, 1 FROM task_type WHERE code = 'CO_CREATION';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'NOT_REACHED', 'Not reached', '未联系上', FALSE, 2 FROM task_type WHERE code = 'CO_CREATION';

INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'GRANTED', 'Granted', '已发放', TRUE, 0 FROM task_type WHERE code = 'REWARD';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'DECLINED', 'Declined', '已婉拒', TRUE, 1 FROM task_type WHERE code = 'REWARD';

INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'SATISFIED', 'Customer satisfied', '客户满意', TRUE, 0 FROM task_type WHERE code = 'COMPLAINT_FOLLOW_UP';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'NOT_SATISFIED', 'Customer not satisfied', '客户不满意', TRUE, 1 FROM task_type WHERE code = 'COMPLAINT_FOLLOW_UP';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'NOT_REACHED', 'Not reached', '未联系上', FALSE, 2 FROM task_type WHERE code = 'COMPLAINT_FOLLOW_UP';

INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'RESOLVED', 'Concern resolved', '问题已解决', TRUE, 0 FROM task_type WHERE code = 'SURVEY_FOLLOW_UP';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'NOT_RESOLVED', 'Concern not resolved', '问题未解决', TRUE, 1 FROM task_type WHERE code = 'SURVEY_FOLLOW_UP';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'NOT_REACHED', 'Not reached', '未联系上', FALSE, 2 FROM task_type WHERE code = 'SURVEY_FOLLOW_UP';

INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'RETURNED', 'Customer ordered again', '客户已回购', TRUE, 0 FROM task_type WHERE code = 'WIN_BACK';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'GIFT_SENT', 'Return gift and survey sent', '已寄送回归礼与问卷', TRUE, 1 FROM task_type WHERE code = 'WIN_BACK';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'DECLINED', 'Declined', '客户婉拒', TRUE, 2 FROM task_type WHERE code = 'WIN_BACK';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'NOT_REACHED', 'Not reached', '未联系上', FALSE, 3 FROM task_type WHERE code = 'WIN_BACK';

INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'INTRODUCED', 'Account manager introduced', '已介绍专属顾问', TRUE, 0 FROM task_type WHERE code = 'WELCOME';
INSERT INTO task_outcome (task_type_id, code, name_en, name_zh, counts_as_contact, position)
SELECT id, 'NOT_REACHED', 'Not reached', '未联系上', FALSE, 1 FROM task_type WHERE code = 'WELCOME';
