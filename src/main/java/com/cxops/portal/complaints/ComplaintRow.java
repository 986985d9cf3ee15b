package com.cxops.portal.complaints;

import java.time.Instant;

/**
 * One line of a complaint list (the queue, "My work", the customer's complaints): the few short fields the grids
 * show, read by one SQL query. Lists never load the whole {@link Complaint} (description, tier reason, watchers):
 * at a million complaints that entity hydration was most of a queue page's time and of an agent session's memory.
 * Two rows are the same complaint when their ids match (grid selection survives a refresh that changed a field).
 */
public record ComplaintRow(long id, String number, Tier tier, ComplaintStatus status, String subject, String customerName,
                           ComplaintCategory category, ComplaintChannel channel, Long teamId, Long assigneeId,
                           Instant createdAt, Instant slaDueAt, Instant slaWarnAt, Instant waitingSince) {

    @Override
    public boolean equals(Object o) {
        return o instanceof ComplaintRow other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
