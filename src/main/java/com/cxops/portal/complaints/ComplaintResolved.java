package com.cxops.portal.complaints;

import java.time.Instant;

/** Spring event: the complaint reached RESOLVED. Published after the change, inside its transaction (use @TransactionalEventListener to act after commit). */
public record ComplaintResolved(long complaintId, long customerId, Instant at) {
}
