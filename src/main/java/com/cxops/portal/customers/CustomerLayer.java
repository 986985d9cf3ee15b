package com.cxops.portal.customers;

/** Customer layers from order history (DOMAIN.md "Customer layers"). */
public enum CustomerLayer {
    NEW, ACTIVE, AT_RISK, DORMANT, HIGH_NET_WORTH, REGULAR;

    public String messageKey() {
        return "layer." + name();
    }
}
