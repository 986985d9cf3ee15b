package com.cxops.portal.complaints;

/** Whether staff logged the complaint in the portal or another system sent it through the API. */
public enum ComplaintSource {
    PORTAL, API
}
