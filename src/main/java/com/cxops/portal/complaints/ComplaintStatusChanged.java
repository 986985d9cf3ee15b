package com.cxops.portal.complaints;

import java.time.Instant;

/** Spring event: a workflow transition; {@code at} is the instant the new state was entered. Published after the change, inside its transaction (use @TransactionalEventListener to act after commit). */
public record ComplaintStatusChanged(long complaintId, ComplaintStatus from, ComplaintStatus to, Instant at) {
}
