-- A VIP manager's absence: everything handed to the deputy at once (open tasks and the book), remembered item by
-- item so that handing back returns exactly what was handed over and is still with the deputy.
CREATE TABLE concierge_hand_over (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    absence_id     BIGINT       NOT NULL,
    from_staff_id  BIGINT       NOT NULL,
    to_staff_id    BIGINT       NOT NULL,
    handed_at      DATETIME(6)  NOT NULL,
    handed_by      VARCHAR(64)  NOT NULL,
    returned_at    DATETIME(6),
    returned_by    VARCHAR(64),
    updated_at     DATETIME(6),
    updated_by     VARCHAR(64),
    CONSTRAINT fk_hand_over_absence FOREIGN KEY (absence_id) REFERENCES concierge_absence (id)
);
CREATE INDEX ix_hand_over_absence ON concierge_hand_over (absence_id, returned_at);

CREATE TABLE concierge_hand_over_item (
    hand_over_id   BIGINT       NOT NULL,
    kind           VARCHAR(8)   NOT NULL,
    record_id      BIGINT       NOT NULL,
    CONSTRAINT pk_hand_over_item PRIMARY KEY (hand_over_id, kind, record_id),
    CONSTRAINT fk_hand_over_item FOREIGN KEY (hand_over_id) REFERENCES concierge_hand_over (id)
);
