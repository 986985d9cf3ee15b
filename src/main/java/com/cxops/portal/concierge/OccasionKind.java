package com.cxops.portal.concierge;

public enum OccasionKind {
    BIRTHDAY, REGISTRATION, MEMBERSHIP;

    public String messageKey() {
        return "concierge.occasion." + name();
    }
}
