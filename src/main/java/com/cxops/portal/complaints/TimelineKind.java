package com.cxops.portal.complaints;

/** The kinds of step in a complaint's processing log. */
public enum TimelineKind {
    CREATED, NOTE, STATUS, TIER, ASSIGNMENT, WATCHER, COMPENSATION, RCA, EXECUTIVE_ACK, EDIT
}
