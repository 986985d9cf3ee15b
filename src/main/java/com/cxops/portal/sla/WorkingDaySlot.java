package com.cxops.portal.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** One stored working slot of an extra working day (a day with two slots has two rows, both with the day's name). */
@Embeddable
public class WorkingDaySlot {

    @Column(name = "work_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    /** Empty when unnamed, never null (rows are matched on all columns). */
    @Column(name = "name", nullable = false, length = Holiday.NAME_LENGTH)
    private String name;

    protected WorkingDaySlot() {
    }

    WorkingDaySlot(LocalDate date, TimeSlot slot, String name) {
        this.date = Objects.requireNonNull(date);
        this.start = slot.start();
        this.end = slot.end();
        this.name = name == null ? "" : name.strip();
    }

    public LocalDate getDate() {
        return date;
    }

    public TimeSlot slot() {
        return new TimeSlot(start, end);
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingDaySlot other && date.equals(other.date) && Objects.equals(start, other.start)
                && Objects.equals(end, other.end) && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, start, end, name);
    }
}
