package com.cxops.portal.complaints;

import java.time.Instant;

/** Spring event: the tier changed, by a person or by re-evaluation (which only raises it). Published after the change, inside its transaction (use @TransactionalEventListener to act after commit). */
public record ComplaintTierChanged(long complaintId, Tier from, Tier to, Instant at) {
}
