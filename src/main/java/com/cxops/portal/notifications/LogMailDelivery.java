package com.cxops.portal.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded default without an SMTP server: mail is written to the log (status SENT_TO_LOG), never lost. */
class LogMailDelivery implements MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(LogMailDelivery.class);

    @Override
    public OutboxStatus deliver(String to, String subject, String body) {
        log.info("Mail (no SMTP host configured, set PORTAL_SMTP_HOST to send it) to {}: {}\n{}", to, subject, body);
        return OutboxStatus.SENT_TO_LOG;
    }

    @Override
    public OutboxStatus deliver(String to, String subject, String body, Attachment attachment) {
        if (attachment == null) {
            return deliver(to, subject, body);
        }
        log.info("Mail (no SMTP host configured, set PORTAL_SMTP_HOST to send it) to {}: {}\n{}\n[attachment {}, {} bytes]", to,
                subject, body, attachment.fileName(), attachment.content().length);
        return OutboxStatus.SENT_TO_LOG;
    }
}
