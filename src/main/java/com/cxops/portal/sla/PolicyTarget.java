package com.cxops.portal.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** A stored target of a policy; the calendar is referenced by id. One per kind in a policy. */
@Embeddable
public class PolicyTarget {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SlaTargetKind kind;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "calendar_id", nullable = false)
    private long calendarId;

    @Column(name = "warning_percent", nullable = false)
    private int warningPercent;

    protected PolicyTarget() {
    }

    public PolicyTarget(SlaTargetKind kind, int durationMinutes, long calendarId, int warningPercent) {
        this.kind = kind;
        this.durationMinutes = durationMinutes;
        this.calendarId = calendarId;
        this.warningPercent = warningPercent;
    }

    public SlaTargetKind getKind() {
        return kind;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public long getCalendarId() {
        return calendarId;
    }

    public int getWarningPercent() {
        return warningPercent;
    }

    /**
     * A value: equal when every field is, so that a changed duration is seen as a change and stored (one target per
     * kind is the service's rule).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyTarget other && kind == other.kind && durationMinutes == other.durationMinutes
                && calendarId == other.calendarId && warningPercent == other.warningPercent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, durationMinutes, calendarId, warningPercent);
    }

    @Override
    public String toString() {
        return kind + " " + durationMinutes + " min cal " + calendarId + " warn " + warningPercent + "%";
    }
}
