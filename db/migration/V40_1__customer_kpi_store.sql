-- The customer KPIs' figures of settled periods (issue 17): a review pack's repurchase, LTV, reactivation and layer
-- figures read every paid order of their periods (about a million rows for a quarterly pack of the large shop), so
-- the figures of a period that ended at least a day ago are stored when first computed and read back afterwards.
-- Any write that could change them deletes them in its own transaction (an order or layer change dated before the
-- period's end: CustomerKpiStore.changed), and bumps the generation, so that a computation that read the data before
-- that write does not store what it counted (the store compares the generation it read with the current one).
CREATE TABLE customer_kpi_period (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    start_at    DATETIME(6)  NOT NULL,
    end_at      DATETIME(6)  NOT NULL,
    currency    VARCHAR(3)   NOT NULL,
    computed_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_customer_kpi_period UNIQUE (start_at, end_at, currency)
);
CREATE INDEX ix_customer_kpi_period_end ON customer_kpi_period (end_at);

-- One figure: the value as written (its scale kept), the numerator and the denominator of KpiValue; pos keeps the
-- order of a KPI's splits as computed.
CREATE TABLE customer_kpi_figure (
    period_id   BIGINT       NOT NULL,
    kpi         VARCHAR(64)  NOT NULL,
    split       VARCHAR(96)  NOT NULL,
    pos         INT          NOT NULL,
    figure      VARCHAR(48),
    numerator   BIGINT       NOT NULL,
    denominator BIGINT,
    CONSTRAINT pk_customer_kpi_figure PRIMARY KEY (period_id, kpi, split),
    CONSTRAINT fk_customer_kpi_figure_period FOREIGN KEY (period_id) REFERENCES customer_kpi_period (id) ON DELETE CASCADE
);

CREATE TABLE customer_kpi_state (
    id          INT          NOT NULL PRIMARY KEY,
    generation  BIGINT       NOT NULL
);
INSERT INTO customer_kpi_state (id, generation) VALUES (1, 0);
