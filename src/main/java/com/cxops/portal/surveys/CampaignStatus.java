package com.cxops.portal.surveys;

/** RUNNING while its invitations are being created in batches; DONE when all are; FAILED keeps what was created. */
public enum CampaignStatus {
    RUNNING, DONE, FAILED;

    public String messageKey() {
        return "surveys.campaign.status." + name();
    }
}
