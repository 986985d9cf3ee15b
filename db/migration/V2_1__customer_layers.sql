-- Layer recomputation: the high-net-worth flag kept apart from the lifecycle layer (a VIP at risk is still a VIP),
-- the last paid order (the at-risk list sorts by it), and the history of layer changes for reactivation/churn reports.
ALTER TABLE customer ADD COLUMN high_net_worth BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE customer ADD COLUMN last_order_at DATETIME(6);
CREATE INDEX ix_customer_layer_last_order ON customer (layer, last_order_at, id);
CREATE INDEX ix_customer_membership ON customer (membership_level, id);
CREATE INDEX ix_customer_external_prefix ON customer (external_id, id);
CREATE INDEX ix_order_status_time ON customer_order (status, placed_at, customer_id);

CREATE TABLE customer_layer_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT      NOT NULL,
    from_layer  VARCHAR(20),
    to_layer    VARCHAR(20) NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    reason      VARCHAR(300),
    CONSTRAINT fk_layer_change_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_layer_change_customer ON customer_layer_change (customer_id, changed_at, id);
CREATE INDEX ix_layer_change_time ON customer_layer_change (changed_at, to_layer);
