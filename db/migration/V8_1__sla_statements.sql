-- Public statements published about a complaint (DOMAIN.md: public negative opinion needs a statement within 2 hours):
-- where, a link or the text, who published it and when. A statement meets the public-statement and next-update
-- targets at published_at; a workflow state no longer does.
CREATE TABLE sla_statement (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    complaint_id   BIGINT        NOT NULL,
    channel        VARCHAR(16)   NOT NULL,
    link           VARCHAR(500),
    statement_text VARCHAR(2000),
    published_by   VARCHAR(100)  NOT NULL,
    published_at   DATETIME(6)   NOT NULL,
    recorded_by    VARCHAR(64)   NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6),
    updated_by     VARCHAR(64),
    CONSTRAINT fk_sla_statement_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_sla_statement_complaint ON sla_statement (complaint_id, published_at, id);
