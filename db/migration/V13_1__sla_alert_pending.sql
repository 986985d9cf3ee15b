-- The outbox of the monitor's warnings and breaches: one row per escalation and recipient, written with the
-- escalation, deleted in the transaction that tells that person. Rows left by a node that died mid-tick are told by
-- the next tick, so none is lost and none is told twice.
CREATE TABLE sla_alert_pending (
    escalation_id BIGINT      NOT NULL,
    recipient     VARCHAR(64) NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    CONSTRAINT pk_sla_alert_pending PRIMARY KEY (escalation_id, recipient),
    CONSTRAINT fk_sla_alert_pending_escalation FOREIGN KEY (escalation_id) REFERENCES sla_escalation (id)
);
