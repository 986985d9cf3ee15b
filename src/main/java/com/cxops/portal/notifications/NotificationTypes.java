package com.cxops.portal.notifications;

import java.util.List;

/**
 * Notification types the portal knows of in advance, so a person can choose them by mail before they first get
 * one. Types other features send that are not listed here appear in the preferences once the person has one.
 * Each type's label is the message {@code notification.type.<TYPE>}.
 */
public final class NotificationTypes {

    public static final String SLA_WARNING = "SLA_WARNING";
    public static final String SLA_BREACH = "SLA_BREACH";
    public static final String SLA_EXECUTIVE_ALERT = "SLA_EXECUTIVE_ALERT";
    public static final String SLA_EXECUTIVE_ESCALATION = "SLA_EXECUTIVE_ESCALATION";

    /** The scheduled review mail (monthly pack, weekly pain-point report) for managers and executives. */
    public static final String REPORT_MONTHLY_PACK = "REPORT_MONTHLY_PACK";
    public static final String REPORT_PAIN_POINTS = "REPORT_PAIN_POINTS";

    public static final List<String> KNOWN = List.of(SLA_WARNING, SLA_BREACH, SLA_EXECUTIVE_ALERT,
            SLA_EXECUTIVE_ESCALATION, REPORT_MONTHLY_PACK, REPORT_PAIN_POINTS);

    private NotificationTypes() {
    }
}
