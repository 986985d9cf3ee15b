package com.cxops.portal.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** A date on which a business calendar does not run, with its name (e.g. "National Day"). One per date. */
@Embeddable
public class Holiday {

    static final int NAME_LENGTH = 200;

    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;

    @Column(name = "name", length = NAME_LENGTH)
    private String name;

    protected Holiday() {
    }

    public Holiday(LocalDate date, String name) {
        this.date = Objects.requireNonNull(date);
        this.name = name == null || name.isBlank() ? null : name.strip();
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }

    /** One holiday per date: equality by date. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Holiday other && date.equals(other.date);
    }

    @Override
    public int hashCode() {
        return date.hashCode();
    }
}
