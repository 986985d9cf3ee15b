package com.cxops.portal.surveys;

/** What results can be split by: the snapshot columns every invitation and answer carry. */
public enum SurveySplit {
    LAYER("customerLayer"), MEMBERSHIP("membership"), VIP("vip"), TIER("tier"), CATEGORY("category"),
    TEAM("teamId"), AGENT("agentId");

    private final String property;

    SurveySplit(String property) {
        this.property = property;
    }

    /** The entity property (same name on Invitation and Answer). */
    String property() {
        return property;
    }

    public String messageKey() {
        return "surveys.split." + name();
    }
}
