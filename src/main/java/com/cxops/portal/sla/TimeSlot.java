package com.cxops.portal.sla;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A stretch of working time within one day, start inclusive, end exclusive. An end of 00:00 means midnight at the
 * end of the day, so 00:00-00:00 is the whole day. Slots never cross midnight: a night shift is two slots.
 */
public record TimeSlot(LocalTime start, LocalTime end) {

    public TimeSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static TimeSlot of(String start, String end) {
        return new TimeSlot(LocalTime.parse(start), LocalTime.parse(end));
    }

    public boolean endsAtMidnight() {
        return end.equals(LocalTime.MIDNIGHT);
    }

    /** The end ends after the start (00:00 as an end counts as the end of the day). */
    public boolean isOrdered() {
        return endsAtMidnight() || end.isAfter(start);
    }

    /** Nominal length (a DST night can make the real working time of that day differ). */
    public Duration length() {
        return endsAtMidnight() ? Duration.between(start, LocalTime.MAX).plusNanos(1) : Duration.between(start, end);
    }

    boolean overlaps(TimeSlot other) {
        boolean thisEndsAfterOtherStarts = endsAtMidnight() || end.isAfter(other.start);
        boolean otherEndsAfterThisStarts = other.endsAtMidnight() || other.end.isAfter(start);
        return thisEndsAfterOtherStarts && otherEndsAfterThisStarts;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
