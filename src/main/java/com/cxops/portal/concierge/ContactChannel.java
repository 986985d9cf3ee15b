package com.cxops.portal.concierge;

/** How a VIP was contacted; TASK when the contact was recorded by completing a task. */
public enum ContactChannel {
    CALL, CHAT, VISIT, GIFT, EVENT, MESSAGE, TASK;

    public String messageKey() {
        return "concierge.channel." + name();
    }
}
