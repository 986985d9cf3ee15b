package com.cxops.portal.complaints;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditWords;
import com.cxops.portal.complaints.tiering.TierReason;
import org.springframework.stereotype.Component;

import java.util.function.BiFunction;

/** A tier reason in the audit trail in the viewer's language, without repeating the tier written beside it. */
@Component
class ComplaintAuditWords implements AuditWords {

    static final String TIER_REASON = "tier-reason";

    static AuditDetails.Arg tierReason(String stored) {
        return AuditDetails.coded(TIER_REASON, stored);
    }

    @Override
    public String kind() {
        return TIER_REASON;
    }

    @Override
    public String words(String stored, BiFunction<String, Object[], String> translate) {
        return TierReason.renderWithoutTier(stored, translate);
    }
}
