package com.cxops.portal.notifications;

/** A notification was stored for a staff member (published inside the transaction that stored it). */
public record NotificationSent(String recipient, String type) {
}
