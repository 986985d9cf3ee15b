-- A target met after its due instant is breached at its due instant, whatever the monitor did (it may have been down,
-- or the target was met between two of its runs). Corrects the rows stored before this rule: breached_at is the due
-- instant of the cycle that was met late (a reopened resolution met late in its second round is dated by that round).
UPDATE sla_clock SET breached = TRUE, breached_at = due_at
 WHERE met_at IS NOT NULL AND due_at IS NOT NULL AND met_at > due_at
   AND (breached = FALSE OR breached_at IS NULL OR breached_at < started_at);
