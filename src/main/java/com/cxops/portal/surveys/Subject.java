package com.cxops.portal.surveys;

import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.MembershipLevel;

/**
 * Who and what a survey is about, as it was when the invitation was made: the customer's layer, membership level and
 * VIP mark, and for a CSAT the complaint's tier, category, team and the agent who handled it. Results are split by
 * these, so a later change of layer does not move last quarter's NPS.
 */
public record Subject(CustomerLayer layer, MembershipLevel membership, boolean vip, Tier tier,
                      ComplaintCategory category, Long teamId, Long agentId) {
}
