package com.cxops.portal.tasks;

import java.time.Instant;

/** Spring event: a task was created (published inside its transaction). */
public record TaskCreated(long taskId, String typeCode, Long customerId, Long ownerId, String pool, Instant at) {
}
