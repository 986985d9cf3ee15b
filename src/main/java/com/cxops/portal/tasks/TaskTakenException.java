package com.cxops.portal.tasks;

import com.cxops.portal.base.InvalidInputException;

import java.util.Map;

/** Someone else claimed the task first; carries their name so the person can be told who. Nothing was changed. */
public class TaskTakenException extends InvalidInputException {

    private final String takenBy;

    public TaskTakenException(String takenBy) {
        super(Map.of("", "tasks.error.claimed"));
        this.takenBy = takenBy;
    }

    public String getTakenBy() {
        return takenBy;
    }
}
