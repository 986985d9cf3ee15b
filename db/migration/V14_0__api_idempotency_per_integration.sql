-- REST API hardening.
-- External ids are case-sensitive ("c1" and "C1" are two customers or orders): a binary collation on MariaDB/MySQL,
-- whose default collations ignore case, so that H2 (case-sensitive) and MariaDB behave alike.
ALTER TABLE customer MODIFY external_id VARCHAR(64) NOT NULL COLLATE utf8mb4_bin;
ALTER TABLE customer_order MODIFY external_id VARCHAR(64) NOT NULL COLLATE utf8mb4_bin;
-- An Idempotency-Key belongs to the integration that sent it (created_by = "api:<integration>"), and remembers the
-- request it came with so that reusing it for another request can be refused.
ALTER TABLE complaint ADD COLUMN idempotency_hash VARCHAR(64);
ALTER TABLE complaint DROP CONSTRAINT uk_complaint_idempotency;
ALTER TABLE complaint ADD CONSTRAINT uk_complaint_idempotency_by UNIQUE (created_by, idempotency_key);
