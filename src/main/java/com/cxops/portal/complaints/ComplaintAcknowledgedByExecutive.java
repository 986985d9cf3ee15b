package com.cxops.portal.complaints;

import java.time.Instant;

/** Spring event: an executive acknowledged a major complaint. Published after the change, inside its transaction (use @TransactionalEventListener to act after commit). */
public record ComplaintAcknowledgedByExecutive(long complaintId, String who, Instant at) {
}
