-- The figures of settled periods kept for every read model that counts many rows (issue 17): the customers' (paid
-- orders, layer history), the complaints' and the service levels' (complaints, compensations, root causes, SLA
-- clocks). One set of tables for all, replacing the customers' own of V40_1 (a cache: nothing is lost by dropping it;
-- a pack counts again what is missing).
-- A source is what a group of writers invalidates together (customers; complaints with their SLA clocks); a model is
-- the read model whose figures a period row holds. Any write that could change a kept figure deletes the periods of
-- its source that end after the earliest moment it touched, and bumps the source's generation, so that a count that
-- read the data before that write does not store what it counted (KeptFigures in base.kpi).
DROP TABLE customer_kpi_figure;
DROP TABLE customer_kpi_period;
DROP TABLE customer_kpi_state;

CREATE TABLE kpi_kept_state (
    source      VARCHAR(32)  NOT NULL PRIMARY KEY,
    generation  BIGINT       NOT NULL
);
INSERT INTO kpi_kept_state (source, generation) VALUES ('customers', 0);
INSERT INTO kpi_kept_state (source, generation) VALUES ('complaints', 0);

CREATE TABLE kpi_kept_period (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source      VARCHAR(32)  NOT NULL,
    model       VARCHAR(32)  NOT NULL,
    start_at    DATETIME(6)  NOT NULL,
    end_at      DATETIME(6)  NOT NULL,
    currency    VARCHAR(3)   NOT NULL,
    computed_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_kpi_kept_period UNIQUE (model, start_at, end_at, currency)
);
CREATE INDEX ix_kpi_kept_period_end ON kpi_kept_period (source, end_at);

-- One figure: the value as written (its scale kept), the numerator and the denominator of KpiValue; pos keeps the
-- order of a KPI's splits as computed.
CREATE TABLE kpi_kept_figure (
    period_id   BIGINT       NOT NULL,
    kpi         VARCHAR(64)  NOT NULL,
    split       VARCHAR(96)  NOT NULL,
    pos         INT          NOT NULL,
    figure      VARCHAR(48),
    numerator   BIGINT       NOT NULL,
    denominator BIGINT,
    CONSTRAINT pk_kpi_kept_figure PRIMARY KEY (period_id, kpi, split),
    CONSTRAINT fk_kpi_kept_figure_period FOREIGN KEY (period_id) REFERENCES kpi_kept_period (id) ON DELETE CASCADE
);
