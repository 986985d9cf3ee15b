package com.cxops.portal.reports;

import java.time.Instant;
import java.time.LocalDate;

/** An action item of a review: what, owner (staff id), due date, status (OPEN, DONE), tracked like corrective actions. */
public record ActionItem(long id, long version, String what, long ownerId, LocalDate due, String status, Instant doneAt,
                         String createdBy) {

    public static final int WHAT_MAX = 1000;

    public boolean done() {
        return "DONE".equals(status);
    }
}
