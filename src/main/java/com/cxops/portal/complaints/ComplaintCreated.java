package com.cxops.portal.complaints;

import java.time.Instant;

/** Spring event: a complaint was logged (portal or API). Published after the change, inside its transaction (use @TransactionalEventListener to act after commit). */
public record ComplaintCreated(long complaintId, Tier tier, Instant at) {
}
