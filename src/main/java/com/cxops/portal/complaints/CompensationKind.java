package com.cxops.portal.complaints;

/** Forms of compensation (DOMAIN.md: a coupon, or an apology letter with a small gift, among others). */
public enum CompensationKind {
    COUPON, REFUND, POINTS, APOLOGY_GIFT, OTHER;

    /** Whether the amount is money in a currency (points are counted, gifts and others may have no value). */
    public boolean isMoney() {
        return this == COUPON || this == REFUND;
    }

    public String messageKey() {
        return "compensation.kind." + name();
    }
}
