package com.cxops.portal.base.kpi;

/** The review packs (DOMAIN.md "Reviews"): monthly execution, quarterly behaviour, yearly maturity. */
public enum PackKind {
    MONTHLY(1), QUARTERLY(3), YEARLY(12);

    private final int months;

    PackKind(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
