package com.cxops.portal.customers;

/** Membership level as the shop reports it; separate from the layer. */
public enum MembershipLevel {
    ORDINARY, GOLD, DIAMOND;

    public String messageKey() {
        return "membership." + name();
    }
}
