package com.cxops.portal.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A reporting period [from, to) for the dashboard, from a preset or custom dates (inclusive), in the reader's zone. */
public record SlaPeriod(Instant from, Instant to) {

    public enum Preset {
        THIS_MONTH, LAST_MONTH, THIS_QUARTER, CUSTOM
    }

    /** The preset around {@code today}; CUSTOM takes the dates (inclusive), or is empty when they are missing or reversed. */
    public static java.util.Optional<SlaPeriod> of(Preset preset, LocalDate today, LocalDate customFrom, LocalDate customTo, ZoneId zone) {
        LocalDate start;
        LocalDate endExclusive;
        switch (preset) {
            case THIS_MONTH -> {
                start = today.withDayOfMonth(1);
                endExclusive = start.plusMonths(1);
            }
            case LAST_MONTH -> {
                start = today.withDayOfMonth(1).minusMonths(1);
                endExclusive = start.plusMonths(1);
            }
            case THIS_QUARTER -> {
                start = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
                endExclusive = start.plusMonths(3);
            }
            default -> {
                if (customFrom == null || customTo == null || customTo.isBefore(customFrom)) {
                    return java.util.Optional.empty();
                }
                start = customFrom;
                endExclusive = customTo.plusDays(1);
            }
        }
        return java.util.Optional.of(new SlaPeriod(start.atStartOfDay(zone).toInstant(), endExclusive.atStartOfDay(zone).toInstant()));
    }
}
