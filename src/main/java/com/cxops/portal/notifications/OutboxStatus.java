package com.cxops.portal.notifications;

/** Where a mail in the outbox stands. SENT_TO_LOG: no SMTP server is configured, the mail was written to the log. */
public enum OutboxStatus {
    PENDING, SENT, SENT_TO_LOG, FAILED;

    public String messageKey() {
        return "outbox.status." + name();
    }
}
