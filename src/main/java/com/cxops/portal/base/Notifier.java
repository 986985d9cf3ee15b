package com.cxops.portal.base;

import java.util.List;

/**
 * Tells staff about something that needs them: an in-app notification (the bell), and e-mail where the person
 * wants it. Call it inside the transaction of the change that causes it, so the notice exists exactly when the
 * change does. Implemented by the notifications capability.
 */
public interface Notifier {

    /**
     * @param recipient  username of the staff member
     * @param type       a stable code of the kind of notification (e.g. "COMPLAINT_VIP_ROUTED"), for preferences
     * @param messageKey message-bundle key of the text, rendered in the recipient's language
     * @param params     parameters of the message (plain text, shown as text)
     * @param link       route to open, e.g. "complaints/123", or null
     */
    void notify(String recipient, String type, String messageKey, List<String> params, String link);

    /** One notification of {@link #notifyAll}: the parameters of {@link #notify}. */
    record Notice(String recipient, String type, String messageKey, List<String> params, String link) {
    }

    /**
     * The same as {@link #notify} for each notice, in that order; the notifications and their mails may be written in
     * bulk (a job telling many people at once). Same transaction rule as {@code notify}.
     */
    default void notifyAll(List<Notice> notices) {
        notices.forEach(n -> notify(n.recipient(), n.type(), n.messageKey(), n.params(), n.link()));
    }
}
