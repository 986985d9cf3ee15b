package com.cxops.portal.concierge;

/** A VIP manager's workload: book size and open, due-this-week and overdue tasks; whether they are away today. */
public record ManagerLoad(long staffId, String name, long bookSize, long openTasks, long dueThisWeek, long overdue, boolean away) {
}
