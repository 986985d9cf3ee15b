package com.cxops.portal.sla;

import com.cxops.portal.complaints.Tier;

import java.time.Instant;

/** A target in the at-risk list (or a breach on the dashboard), with the complaint's number, subject, team and assignee. */
public record SlaClockRow(long clockId, long complaintId, String number, String subject, SlaTargetKind kind, Tier tier,
                          Instant dueAt, boolean breached, Long teamId, Long assigneeId, Instant metAt, Instant warnAt) {
}
