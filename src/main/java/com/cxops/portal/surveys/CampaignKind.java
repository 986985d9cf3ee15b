package com.cxops.portal.surveys;

/** A relationship NPS for a segment, or the short win-back survey that goes with the at-risk programme (DOMAIN.md). */
public enum CampaignKind {
    RELATIONSHIP, WIN_BACK;

    public String messageKey() {
        return "surveys.campaign.kind." + name();
    }
}
