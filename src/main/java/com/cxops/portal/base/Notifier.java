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
}
