package com.cxops.portal.surveys;

/** How many of the reachable customers a campaign invites: all, a number, or a percentage. */
public enum SampleKind {
    ALL, COUNT, PERCENT;

    public String messageKey() {
        return "surveys.sample." + name();
    }
}
