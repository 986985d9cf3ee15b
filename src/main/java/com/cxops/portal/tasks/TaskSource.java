package com.cxops.portal.tasks;

import java.util.Objects;

/**
 * The record a task came from: its kind, its id (text, so that occasions and layer changes can have composite keys),
 * and the route that opens it (e.g. "complaints/42"), or null.
 */
public record TaskSource(TaskSourceType type, String id, String link) {

    public static final int ID_MAX = 64;
    public static final int LINK_MAX = 200;

    public TaskSource {
        Objects.requireNonNull(type);
        if (type != TaskSourceType.MANUAL && (id == null || id.isBlank())) {
            throw new IllegalArgumentException("A task source other than MANUAL needs an id");
        }
        if (id != null && id.length() > ID_MAX) {
            throw new IllegalArgumentException("Task source id longer than " + ID_MAX);
        }
        if (link != null && link.length() > LINK_MAX) {
            throw new IllegalArgumentException("Task source link longer than " + LINK_MAX);
        }
    }

    public static TaskSource manual() {
        return new TaskSource(TaskSourceType.MANUAL, null, null);
    }

    public static TaskSource complaint(long complaintId) {
        return new TaskSource(TaskSourceType.COMPLAINT, Long.toString(complaintId), "complaints/" + complaintId);
    }

    public static TaskSource surveyAnswer(long answerId, String link) {
        return new TaskSource(TaskSourceType.SURVEY_ANSWER, Long.toString(answerId), link);
    }
}
