package com.cxops.portal.complaints;

import java.time.Instant;

/**
 * What the SLA feature needs of a complaint to run its clocks: tier, state, the instant each state was last
 * entered (acknowledgedAt is the first contact), who works it, and the SLA facts it last recorded.
 */
public record SlaFacts(long complaintId, String number, Tier tier, ComplaintStatus status, Instant createdAt,
                       Instant acknowledgedAt, Instant inProgressAt, Instant waitingSince, Instant resolvedAt, Instant closedAt,
                       Instant reopenedAt, Long teamId, Long assigneeId, String executiveAckBy, Instant executiveAckAt,
                       Instant slaDueAt, boolean slaBreached) {
}
