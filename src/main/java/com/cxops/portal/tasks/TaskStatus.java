package com.cxops.portal.tasks;

/** OPEN → IN_PROGRESS → DONE or CANCELLED (issue: tasks). DONE and CANCELLED are final. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "tasks.status." + name();
    }
}
