package com.cxops.portal.complaints;

/** Complaint tiers (DOMAIN.md "Complaints and their tiers"); declared in rising order of severity. */
public enum Tier {
    NORMAL, URGENT, MAJOR;

    public boolean isAbove(Tier other) {
        return compareTo(other) > 0;
    }

    public String messageKey() {
        return "tier." + name();
    }
}
