package com.cxops.portal.complaints;

/** Progress of a corrective action. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE;

    public String messageKey() {
        return "action.status." + name();
    }
}
