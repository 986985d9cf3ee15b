package com.cxops.portal.notifications;

/** Hands one mail to the outside world: SMTP when configured, else the log. */
interface MailDelivery {

    /**
     * @return how it was delivered (SENT or SENT_TO_LOG)
     * @throws MailDeliveryException when it could not be delivered now
     */
    OutboxStatus deliver(String to, String subject, String body);

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
