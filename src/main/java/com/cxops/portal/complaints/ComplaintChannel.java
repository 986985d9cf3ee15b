package com.cxops.portal.complaints;

/** Where the complaint came in. */
public enum ComplaintChannel {
    PHONE, CHAT, EMAIL, APP, SOCIAL_MEDIA, MARKETPLACE_REVIEW;

    public String messageKey() {
        return "channel." + name();
    }
}
