package com.cxops.portal.complaints;

/** How far the complaint can spread in public, in rising order. */
public enum SpreadRisk {
    PRIVATE, PUBLIC_POST, MEDIA_VIRAL;

    public String messageKey() {
        return "spread." + name();
    }
}
