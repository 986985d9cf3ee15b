package com.cxops.portal.tasks;

import java.time.Instant;
import java.util.Objects;

/**
 * What a feature asks for when its record calls for a task.
 *
 * @param typeCode   a {@link TaskType} code, e.g. {@link TaskType#SURVEY_FOLLOW_UP}
 * @param customerId the customer the work is for, or null
 * @param source     the record it came from (unique per source and type)
 * @param ownerId    the person who should do it, or null for the pool
 * @param pool       the pool when there is no owner (null: the concierge pool for concierge types)
 * @param dueAt      null: now plus the type's default due time
 * @param priority   null: NORMAL
 */
public record NewTask(String typeCode, Long customerId, TaskSource source, Long ownerId, String pool, Instant dueAt,
                      TaskPriority priority, String title, String description) {

    public NewTask {
        Objects.requireNonNull(typeCode);
        Objects.requireNonNull(source);
        Objects.requireNonNull(title);
    }
}
