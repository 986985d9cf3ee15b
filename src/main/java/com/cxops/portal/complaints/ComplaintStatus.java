package com.cxops.portal.complaints;

/**
 * Workflow: NEW → ACKNOWLEDGED (first contact made) → IN_PROGRESS ⇄ WAITING_CUSTOMER → RESOLVED → CLOSED,
 * and REOPENED from RESOLVED or CLOSED within a set number of days.
 */
public enum ComplaintStatus {
    NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING_CUSTOMER, RESOLVED, CLOSED, REOPENED;

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }

    public String messageKey() {
        return "status." + name();
    }
}
