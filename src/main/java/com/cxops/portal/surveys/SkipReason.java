package com.cxops.portal.surveys;

/** Why a customer is left out of a survey (shown in the campaign preview and on skipped invitations). */
public enum SkipReason {
    NO_EMAIL, OPTED_OUT, QUIET_PERIOD;

    public String messageKey() {
        return "surveys.skip." + name();
    }
}
