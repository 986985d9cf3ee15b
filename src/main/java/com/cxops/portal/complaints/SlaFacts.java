package com.cxops.portal.complaints;

import java.time.Instant;

/**
 * What the SLA feature needs of a complaint to run its clocks: tier, state, the instant each state was last
 * entered (acknowledgedAt is the first contact), who works it, the SLA facts it last recorded, its spread risk and the customer's layer and VIP mark (policies
 * can be narrowed to them), and its subject (alerts name it).
 */
public record SlaFacts(long complaintId, String number, Tier tier, ComplaintStatus status, Instant createdAt,
                       Instant acknowledgedAt, Instant inProgressAt, Instant waitingSince, Instant resolvedAt, Instant closedAt,
                       Instant reopenedAt, Long teamId, Long assigneeId, String executiveAckBy, Instant executiveAckAt,
                       Instant slaDueAt, boolean slaBreached, SpreadRisk spreadRisk,
                       com.cxops.portal.customers.CustomerLayer customerLayer, boolean customerVip, String subject) {

    /** DOMAIN.md public-opinion rule: a public negative post or media exposure needs a statement and a solution. */
    public boolean publicOpinion() {
        return spreadRisk == SpreadRisk.PUBLIC_POST || spreadRisk == SpreadRisk.MEDIA_VIRAL;
    }
}
