-- The phrases of each corrected complaint, analyzed once when the correction is recorded, so that the corrections
-- report counts them over all corrections with GROUP BY instead of analyzing texts on every view.
--   ADD:     a word or word pair of a complaint people raised to tier (proposed for that tier's first text rule);
--   EXCLUDE: a rule's match widened by its neighbour word in a complaint people lowered from that rule's tier.
-- phrase_key is the analyzed form ("Lawyers" and "lawyer" count as one); phrase is as written.
CREATE TABLE tier_correction_phrase (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    correction_id  BIGINT        NOT NULL,
    kind           VARCHAR(8)    NOT NULL,
    tier           VARCHAR(8),
    rule_id        BIGINT,
    phrase_key     VARCHAR(200)  NOT NULL,
    phrase         VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_tier_correction_phrase_correction FOREIGN KEY (correction_id) REFERENCES tier_correction (id)
);
CREATE INDEX ix_tier_correction_phrase_group ON tier_correction_phrase (kind, tier, rule_id, phrase_key, correction_id);
CREATE INDEX ix_tier_correction_phrase_correction ON tier_correction_phrase (correction_id, phrase_key);

-- Corrections recorded before this table existed are analyzed on the report's first use (the analyzer lives in Java).
ALTER TABLE tier_correction ADD COLUMN phrases_analyzed BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_tier_correction_unanalyzed ON tier_correction (phrases_analyzed, id);
