-- Learning from corrections: every manual tier change is kept as a labelled example (the complaint's text, the tier
-- the rules gave with their stored reason, the tier a person chose and why). The corrections report reads the newest ones.
CREATE TABLE tier_correction (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    complaint_id   BIGINT         NOT NULL,
    text           VARCHAR(4300)  NOT NULL,
    tier_given     VARCHAR(8)     NOT NULL,
    tier_chosen    VARCHAR(8)     NOT NULL,
    reason_given   VARCHAR(1000)  NOT NULL,
    why            VARCHAR(500)   NOT NULL,
    updated_at     DATETIME(6),
    updated_by     VARCHAR(64),
    CONSTRAINT fk_tier_correction_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_tier_correction_at ON tier_correction (updated_at, id);
CREATE INDEX ix_tier_correction_complaint ON tier_correction (complaint_id);

-- A count of affected customers taken from the complaint's text (intake by API) is marked as inferred.
ALTER TABLE complaint ADD COLUMN affected_inferred BOOLEAN NOT NULL DEFAULT FALSE;
