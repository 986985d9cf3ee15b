-- The queue's "soonest due first": complaints with nothing due (met, or paused) come last. MySQL and MariaDB sort
-- NULLs first, and "nulls last" needs a sort of every row; a NOT NULL key with a far-future value for "nothing due"
-- keeps it one index walk. Kept in step with sla_due_at by ComplaintService.recordSlaStatus.
ALTER TABLE complaint ADD COLUMN sla_due_sort DATETIME(6) NOT NULL DEFAULT '9999-12-31 00:00:00';
UPDATE complaint SET sla_due_sort = sla_due_at WHERE sla_due_at IS NOT NULL;
CREATE INDEX ix_complaint_sla_due_sort ON complaint (sla_due_sort, id);
