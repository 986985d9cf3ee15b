package com.cxops.portal.tasks;

public enum TaskPriority {
    LOW, NORMAL, HIGH, URGENT;

    public String messageKey() {
        return "tasks.priority." + name();
    }
}
