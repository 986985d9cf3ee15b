package com.cxops.portal.sla;

import java.time.Duration;

/** One target a new complaint gets: which clock, how long, on which calendar, and when to warn (percent, 1-99). */
public record SlaTarget(SlaTargetKind kind, Duration duration, BusinessCalendar calendar, String calendarName, int warningPercent,
                        long calendarId) {
}
