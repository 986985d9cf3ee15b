package com.cxops.portal.sla;

import java.time.Instant;
import java.util.Objects;

/** A span of time, start inclusive, end exclusive; a null end means it is still going on (an open pause). */
public record Interval(Instant start, Instant end) {

    public Interval {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("Interval ends before it starts: " + start + " - " + end);
        }
    }

    public static Interval open(Instant start) {
        return new Interval(start, null);
    }

    public boolean isOpen() {
        return end == null;
    }
}
