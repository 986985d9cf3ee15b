package com.cxops.portal.complaints;

/** The kinds of step in a complaint's processing log. */
public enum TimelineKind {
    CREATED, NOTE, STATUS, TIER, ASSIGNMENT, WATCHER, COMPENSATION, RCA, EXECUTIVE_ACK, EDIT,
    /** A public statement published (recorded by the SLA feature: where in {@code to}, link or text in the body). */
    STATEMENT
}
