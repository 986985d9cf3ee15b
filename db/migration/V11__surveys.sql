-- Surveys (NPS and CSAT): the customer's survey language and last invitation, campaigns, invitations with
-- single-use links (only a hash of the token is stored), one answer per invitation, comment themes, and failed
-- look-ups of the public page per address (link-guessing throttle).

CREATE TABLE survey_customer (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    customer_id     BIGINT       NOT NULL,
    language        VARCHAR(8)   NOT NULL,
    last_invited_at DATETIME(6),
    updated_at      DATETIME(6),
    updated_by      VARCHAR(64),
    CONSTRAINT uk_survey_customer UNIQUE (customer_id)
);
CREATE INDEX ix_survey_customer_invited ON survey_customer (last_invited_at);

CREATE TABLE survey_campaign (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    name             VARCHAR(200) NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    layers           VARCHAR(200),
    levels           VARCHAR(100),
    vip              VARCHAR(8)   NOT NULL,
    last_order_days  INT,
    sample_kind      VARCHAR(8)   NOT NULL,
    sample_value     INT          NOT NULL,
    window_start     DATETIME(6)  NOT NULL,
    window_end       DATETIME(6)  NOT NULL,
    eligible         INT          NOT NULL DEFAULT 0,
    processed        INT          NOT NULL DEFAULT 0,
    invited          INT          NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    finished_at      DATETIME(6),
    updated_at       DATETIME(6),
    updated_by       VARCHAR(64)
);
CREATE INDEX ix_survey_campaign_created ON survey_campaign (created_at, id);

CREATE TABLE survey_invitation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    kind            VARCHAR(8)   NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    skip_reason     VARCHAR(32),
    customer_id     BIGINT       NOT NULL,
    campaign_id     BIGINT,
    complaint_id    BIGINT,
    resolved_at     DATETIME(6),
    token_hash      VARCHAR(64),
    language        VARCHAR(8)   NOT NULL,
    send_at         DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6),
    expires_at      DATETIME(6),
    answered_at     DATETIME(6),
    created_at      DATETIME(6)  NOT NULL,
    customer_layer  VARCHAR(20)  NOT NULL,
    membership      VARCHAR(16)  NOT NULL,
    vip             BOOLEAN      NOT NULL,
    tier            VARCHAR(8),
    category        VARCHAR(32),
    team_id         BIGINT,
    agent_id        BIGINT,
    updated_at      DATETIME(6),
    updated_by      VARCHAR(64),
    CONSTRAINT uk_survey_invitation_token UNIQUE (token_hash),
    -- one CSAT invitation per resolution cycle of a complaint
    CONSTRAINT uk_survey_invitation_cycle UNIQUE (complaint_id, resolved_at),
    CONSTRAINT uk_survey_invitation_campaign UNIQUE (campaign_id, customer_id)
);
CREATE INDEX ix_survey_invitation_due ON survey_invitation (status, send_at, id);
CREATE INDEX ix_survey_invitation_customer ON survey_invitation (customer_id, created_at);
CREATE INDEX ix_survey_invitation_sent ON survey_invitation (kind, sent_at);

CREATE TABLE survey_answer (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    invitation_id   BIGINT        NOT NULL,
    kind            VARCHAR(8)    NOT NULL,
    score           INT           NOT NULL,
    comment         VARCHAR(2000),
    themes          VARCHAR(500),
    language        VARCHAR(8)    NOT NULL,
    answered_at     DATETIME(6)   NOT NULL,
    customer_id     BIGINT        NOT NULL,
    campaign_id     BIGINT,
    complaint_id    BIGINT,
    customer_layer  VARCHAR(20)   NOT NULL,
    membership      VARCHAR(16)   NOT NULL,
    vip             BOOLEAN       NOT NULL,
    tier            VARCHAR(8),
    category        VARCHAR(32),
    team_id         BIGINT,
    agent_id        BIGINT,
    follow_up_task_id BIGINT,
    updated_at      DATETIME(6),
    updated_by      VARCHAR(64),
    -- one answer per invitation: two tabs or a double click keep one
    CONSTRAINT uk_survey_answer_invitation UNIQUE (invitation_id)
);
-- results: per kind and period, grouped by the snapshot columns
CREATE INDEX ix_survey_answer_period ON survey_answer (kind, answered_at, score);
CREATE INDEX ix_survey_answer_layer ON survey_answer (kind, customer_layer, answered_at, score);
CREATE INDEX ix_survey_answer_customer ON survey_answer (customer_id, answered_at);
CREATE INDEX ix_survey_answer_complaint ON survey_answer (complaint_id);

CREATE TABLE survey_theme (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    code        VARCHAR(40)   NOT NULL,
    name_en     VARCHAR(100)  NOT NULL,
    name_zh     VARCHAR(100)  NOT NULL,
    keywords    VARCHAR(2000) NOT NULL,
    active      BOOLEAN       NOT NULL,
    updated_at  DATETIME(6),
    updated_by  VARCHAR(64),
    CONSTRAINT uk_survey_theme_code UNIQUE (code)
);

CREATE TABLE survey_lookup_failure (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    address     VARCHAR(64)  NOT NULL,
    failed_at   DATETIME(6)  NOT NULL
);
CREATE INDEX ix_survey_lookup_failure ON survey_lookup_failure (address, failed_at);

INSERT INTO survey_theme (code, name_en, name_zh, keywords, active) VALUES
 ('delivery', 'Delivery', '物流配送', 'delivery,late,courier,shipping,package,快递,物流,配送,送货,发货,迟到', TRUE),
 ('quality', 'Product quality', '商品质量', 'quality,broken,defect,damaged,fake,质量,坏了,破损,瑕疵,假货', TRUE),
 ('refund', 'Refund and returns', '退款退货', 'refund,return,money back,退款,退货,退钱,返款', TRUE),
 ('service', 'Service attitude', '服务态度', 'rude,attitude,friendly,helpful,agent,态度,客服,耐心,热情,不理', TRUE),
 ('speed', 'Response time', '响应速度', 'slow,wait,waited,fast,quick,response,慢,等待,很久,及时,速度', TRUE),
 ('price', 'Price', '价格', 'price,expensive,cheap,coupon,discount,价格,贵,便宜,优惠,优惠券', TRUE);
