package com.cxops.portal.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A stored working slot of a calendar on one weekday. */
@Embeddable
public class CalendarSlot {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private DayOfWeek day;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    protected CalendarSlot() {
    }

    public CalendarSlot(DayOfWeek day, TimeSlot slot) {
        this.day = day;
        this.start = slot.start();
        this.end = slot.end();
    }

    public DayOfWeek getDay() {
        return day;
    }

    public TimeSlot slot() {
        return new TimeSlot(start, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarSlot other && day == other.day && Objects.equals(start, other.start) && Objects.equals(end, other.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, start, end);
    }
}
