-- Indexes the review packs' complaint KPIs asked for (docs/performance.md "Review reports"): a year of the large shop
-- holds about 900 000 complaints. Complaints received by tier, category and channel, the resolution and the reopen
-- rate read their period's complaints from this index alone; through ix_complaint_created (created_at, id) MariaDB
-- looked every row up (109 s for a year's tiers with the default 128 MB buffer pool, against 1-2 s from this index).
CREATE INDEX ix_complaint_kpi ON complaint (created_at, tier, category, channel, resolved_at, closed_at, reopened_at);

-- Compensation count and amount by kind of a period: the period's rows from the index (there was none on created_at).
CREATE INDEX ix_compensation_created ON complaint_compensation (created_at, kind, currency, amount);
