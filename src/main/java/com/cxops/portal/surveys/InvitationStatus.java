package com.cxops.portal.surveys;

/** SCHEDULED waits for its send time; SENT has a live link; ANSWERED once; CANCELLED (complaint reopened) and SKIPPED (a rule said no) are never sent. */
public enum InvitationStatus {
    SCHEDULED, SENT, ANSWERED, CANCELLED, SKIPPED;

    public String messageKey() {
        return "surveys.status." + name();
    }
}
