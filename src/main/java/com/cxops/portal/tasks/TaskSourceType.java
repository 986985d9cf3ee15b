package com.cxops.portal.tasks;

/** The kind of record a task came from; with the source id it makes a task unique per task type. */
public enum TaskSourceType {
    /** Made by hand in the portal; never deduplicated (no source id). */
    MANUAL,
    COMPLAINT,
    SURVEY_ANSWER,
    /** A dated occasion; source id "customerId:KIND:year". */
    OCCASION,
    /** A layer change of a customer; source id "customerId:CHANGE:epoch second". */
    LAYER_CHANGE,
    CUSTOMER;

    public String messageKey() {
        return "tasks.source." + name();
    }
}
