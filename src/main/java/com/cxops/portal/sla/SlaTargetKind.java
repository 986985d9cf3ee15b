package com.cxops.portal.sla;

/**
 * The clocks a complaint can run (issue 5): first response (met when ACKNOWLEDGED), executive acknowledgement
 * (major complaints only), next update, public statement (public negative opinion), resolution (met when RESOLVED).
 */
public enum SlaTargetKind {
    FIRST_RESPONSE, EXECUTIVE_ACK, NEXT_UPDATE, PUBLIC_STATEMENT, RESOLUTION;

    public String messageKey() {
        return "sla.target." + name();
    }
}
