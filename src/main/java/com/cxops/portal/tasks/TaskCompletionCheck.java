package com.cxops.portal.tasks;

/**
 * A rule another feature adds before a task may be done with an outcome (e.g. the concierge: a delivered service
 * request needs a VIP right within its allowance or approved). Throws InvalidInputException to refuse; then nothing
 * is changed.
 */
public interface TaskCompletionCheck {

    void beforeComplete(Task task, String outcomeCode);
}
