-- A target that can no longer be met ends cancelled: the public statement and the next update of a closed complaint,
-- the next update of a resolved one. A cancelled target is not counted in compliance, unless it was past its due
-- instant when the complaint was closed (resolved): then it stays breached at its due instant.
ALTER TABLE sla_clock ADD COLUMN cancelled_at DATETIME(6) NULL;

-- rows stored before this rule: statement targets still running on closed (next update: resolved) complaints
UPDATE sla_clock SET breached = TRUE, breached_at = due_at
 WHERE running = TRUE AND kind IN ('PUBLIC_STATEMENT', 'NEXT_UPDATE') AND due_at IS NOT NULL
   AND due_at < (SELECT c.closed_at FROM complaint c WHERE c.id = sla_clock.complaint_id AND c.status = 'CLOSED');
UPDATE sla_clock SET breached = TRUE, breached_at = due_at
 WHERE running = TRUE AND kind = 'NEXT_UPDATE' AND due_at IS NOT NULL
   AND due_at < (SELECT c.resolved_at FROM complaint c WHERE c.id = sla_clock.complaint_id AND c.status = 'RESOLVED');
UPDATE sla_clock SET running = FALSE, warn_pending = FALSE, breach_pending = FALSE, paused_since = NULL,
       cancelled_at = (SELECT c.closed_at FROM complaint c WHERE c.id = sla_clock.complaint_id)
 WHERE running = TRUE AND kind IN ('PUBLIC_STATEMENT', 'NEXT_UPDATE')
   AND EXISTS (SELECT 1 FROM complaint c WHERE c.id = sla_clock.complaint_id AND c.status = 'CLOSED' AND c.closed_at IS NOT NULL);
UPDATE sla_clock SET running = FALSE, warn_pending = FALSE, breach_pending = FALSE, paused_since = NULL,
       cancelled_at = (SELECT c.resolved_at FROM complaint c WHERE c.id = sla_clock.complaint_id)
 WHERE running = TRUE AND kind = 'NEXT_UPDATE'
   AND EXISTS (SELECT 1 FROM complaint c WHERE c.id = sla_clock.complaint_id AND c.status = 'RESOLVED' AND c.resolved_at IS NOT NULL);

-- the queue's summary of the closed and resolved complaints that now run nothing
UPDATE complaint SET sla_due_at = NULL, sla_warn_at = NULL, sla_breached = FALSE, sla_due_sort = '9999-12-31 00:00:00'
 WHERE status IN ('CLOSED', 'RESOLVED') AND sla_due_at IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM sla_clock k WHERE k.complaint_id = complaint.id AND k.running = TRUE);
