package com.cxops.portal.complaints;

/**
 * What the complaint is about. Service failures not caused by the customer earn compensation beyond the normal
 * remedy (DOMAIN.md), so the compensation form suggests it for them.
 */
public enum ComplaintCategory {
    PRODUCT_QUALITY(false),
    WRONG_ITEM(true),
    LATE_DELIVERY(true),
    LOST_PARCEL(true),
    DAMAGED_IN_TRANSIT(true),
    REFUND_NOT_RECEIVED(true),
    BILLING_ERROR(true),
    STAFF_ATTITUDE(true),
    PRODUCT_SAFETY(false),
    LEGAL_REGULATORY(false),
    OTHER(false);

    private final boolean serviceFailure;

    ComplaintCategory(boolean serviceFailure) {
        this.serviceFailure = serviceFailure;
    }

    /** A failure of ours, not caused by the customer. */
    public boolean isServiceFailure() {
        return serviceFailure;
    }

    public String messageKey() {
        return "category." + name();
    }
}
