-- Customers and their orders, with the layer and RFM scores the segmentation last gave each customer.
CREATE TABLE customer (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    external_id        VARCHAR(64)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    email              VARCHAR(254),
    phone              VARCHAR(40),
    registered_at      DATETIME(6),
    birthday           DATE,
    anniversary        DATE,
    membership_level   VARCHAR(16)   NOT NULL DEFAULT 'ORDINARY',
    survey_opt_out     BOOLEAN       NOT NULL DEFAULT FALSE,
    manual_vip         BOOLEAN       NOT NULL DEFAULT FALSE,
    manual_vip_reason  VARCHAR(500),
    account_manager_id BIGINT,
    notes              VARCHAR(4000),
    layer              VARCHAR(20)   NOT NULL DEFAULT 'REGULAR',
    layer_reason       VARCHAR(300),
    layer_since        DATETIME(6),
    rfm_recency        INT,
    rfm_frequency      INT,
    rfm_monetary       INT,
    updated_at         DATETIME(6),
    updated_by         VARCHAR(64),
    CONSTRAINT uk_customer_external UNIQUE (external_id),
    CONSTRAINT fk_customer_manager FOREIGN KEY (account_manager_id) REFERENCES staff_member (id)
);
CREATE INDEX ix_customer_name ON customer (name);
CREATE INDEX ix_customer_email ON customer (email);
CREATE INDEX ix_customer_phone ON customer (phone);
CREATE INDEX ix_customer_layer ON customer (layer, id);
CREATE INDEX ix_customer_manager ON customer (account_manager_id, id);

CREATE TABLE customer_order (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT         NOT NULL DEFAULT 0,
    external_id VARCHAR(64)    NOT NULL,
    customer_id BIGINT         NOT NULL,
    placed_at   DATETIME(6)    NOT NULL,
    amount      DECIMAL(19, 2) NOT NULL,
    currency    VARCHAR(3)     NOT NULL,
    status      VARCHAR(16)    NOT NULL,
    category    VARCHAR(100),
    updated_at  DATETIME(6),
    updated_by  VARCHAR(64),
    CONSTRAINT uk_order_external UNIQUE (external_id),
    CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_order_customer_time ON customer_order (customer_id, placed_at);
CREATE INDEX ix_order_time ON customer_order (placed_at);
