package com.cxops.portal.tasks;

import java.time.Instant;
import java.util.Set;

/**
 * Who takes a staff member's new work while they are away, and whose books a person covers. Implemented by the
 * concierge's absences; without an implementation every owner takes their own work.
 */
public interface TaskRouting {

    /** The deputy of this person at this instant, or the person themselves when they are not away. */
    long effectiveOwner(long staffId, Instant at);

    /** Staff whose work this person covers as a deputy at this instant (empty when none). */
    Set<Long> coveredBy(long staffId, Instant at);
}
