package com.cxops.portal.tasks;

import java.time.Instant;

/**
 * Spring event: a task was done with an outcome (published inside its transaction, so listeners that write with
 * the default listener join it: e.g. the concierge's contact log).
 */
public record TaskCompleted(long taskId, String typeCode, Long customerId, Long ownerId, String outcomeCode,
                            boolean countsAsContact, String note, String actor, Instant at) {
}
