-- Indexes the benchmark of the large shop asked for (docs/performance.md).
-- Layer recomputation: the paid orders of a batch of customers, and the per-customer RFM aggregate, read from the
-- index alone (no row lookup for status, currency and amount on 2 000 000 orders).
CREATE INDEX ix_order_customer_paid ON customer_order (customer_id, status, placed_at, currency, amount);
