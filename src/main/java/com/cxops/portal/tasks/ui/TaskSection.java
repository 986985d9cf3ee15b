package com.cxops.portal.tasks.ui;

import com.cxops.portal.tasks.TaskRow;
import com.vaadin.flow.component.Component;

/**
 * A part of the task page that another feature contributes (e.g. the concierge: the VIP right a service request
 * uses and its approval), so that tasks never depend on it. Declare it as a Spring bean.
 */
public interface TaskSection {

    /** Whether it has something to show for this task; called on the UI thread. */
    boolean appliesTo(TaskRow task);

    /** The section's content; {@code reload} shows the task again after a change. */
    Component create(TaskRow task, Runnable reload);
}
