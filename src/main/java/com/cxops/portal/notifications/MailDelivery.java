package com.cxops.portal.notifications;

/** Hands one mail to the outside world: SMTP when configured, else the log. */
interface MailDelivery {

    /**
     * @return how it was delivered (SENT or SENT_TO_LOG)
     * @throws MailDeliveryException when it could not be delivered now
     */
    OutboxStatus deliver(String to, String subject, String body);

    /** The same with a file attached; without one (null) it is the plain mail above. */
    default OutboxStatus deliver(String to, String subject, String body, Attachment attachment) {
        if (attachment == null) {
            return deliver(to, subject, body);
        }
        throw new MailDeliveryException("This delivery cannot attach files", false, null);
    }

    /** A file sent with a mail (a review pack's workbook). */
    record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** A failed delivery; {@code rejected} means the address itself was refused (not the server being away). */
    class MailDeliveryException extends RuntimeException {
        private final boolean rejected;

        MailDeliveryException(String message, boolean rejected, Throwable cause) {
            super(message, cause);
            this.rejected = rejected;
        }

        boolean isRejected() {
            return rejected;
        }
    }
}
