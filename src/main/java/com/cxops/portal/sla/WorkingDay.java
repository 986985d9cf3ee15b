package com.cxops.portal.sla;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An extra working day of a business calendar: a date on which the clock runs in these slots whatever its weekday,
 * e.g. a Saturday worked as a Monday to bridge a public holiday (Chinese make-up working day, 调休上班).
 */
public record WorkingDay(LocalDate date, List<TimeSlot> slots, @Size(max = Holiday.NAME_LENGTH) String name) {

    public WorkingDay {
        Objects.requireNonNull(date, "date");
        slots = slots == null ? List.of() : List.copyOf(slots);
        name = name == null ? "" : name.strip();
    }
}
