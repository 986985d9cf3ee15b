package com.cxops.portal.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Objects;

/** A date on which a business calendar does not run, with its name (e.g. "National Day"). One per date. */
@Embeddable
public class Holiday {

    /** Also the limit of an extra working day's name (WorkingDay), stored in a column of the same length. */
    public static final int NAME_LENGTH = 200;

    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;

    /** Empty when unnamed: never null, so each stored row can be matched on all its columns. */
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    @Size(max = NAME_LENGTH)
    private String name;

    protected Holiday() {
    }

    public Holiday(LocalDate date, String name) {
        this.date = Objects.requireNonNull(date);
        this.name = name == null ? "" : name.strip();
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }

    /** A value: equal when date and name are (one holiday per date is the calendar's rule). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Holiday other && date.equals(other.date) && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, name);
    }
}
