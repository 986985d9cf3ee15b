-- The review packs' first-response median and 90th percentile (docs/performance.md "Review reports"): the met
-- first-response clocks of the periods with their business minutes, read from this index alone (ix_sla_clock_compliance
-- has no business_minutes, so each clock of a year was looked up in the table).
CREATE INDEX ix_sla_clock_first_response ON sla_clock (kind, started_at, met_at, business_minutes);
