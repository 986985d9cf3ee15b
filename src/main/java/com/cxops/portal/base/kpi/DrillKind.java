package com.cxops.portal.base.kpi;

/** What the rows behind a figure are. */
public enum DrillKind {
    COMPLAINT, CUSTOMER, ACTION, COMPENSATION, TASK, ANSWER, INVITATION, CONTACT, RIGHT
}
