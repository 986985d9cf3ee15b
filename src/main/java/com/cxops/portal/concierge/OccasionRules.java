package com.cxops.portal.concierge;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * When a dated occasion (birthday, registration or membership anniversary) falls.
 * 29 February in a year without it: the occasion is kept on 28 February (the last day of the customer's month,
 * before the date has passed), documented in docs/concierge.md.
 */
public final class OccasionRules {

    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

    private OccasionRules() {
    }

    /** The day in this year on which an occasion dated {@code anchor} is celebrated. */
    public static LocalDate inYear(LocalDate anchor, int year) {
        MonthDay md = MonthDay.from(anchor);
        if (md.equals(LEAP_DAY) && !java.time.Year.isLeap(year)) {
            return LocalDate.of(year, 2, 28);
        }
        return md.atYear(year);
    }

    /** Whether the occasion falls on this day (only after its first year: a registration today is no anniversary). */
    public static boolean fallsOn(LocalDate anchor, LocalDate day) {
        return anchor != null && day.getYear() > anchor.getYear() && inYear(anchor, day.getYear()).equals(day);
    }

    /** The next day on or after {@code from} on which the occasion falls. */
    public static Optional<LocalDate> next(LocalDate anchor, LocalDate from) {
        if (anchor == null) {
            return Optional.empty();
        }
        int year = Math.max(from.getYear(), anchor.getYear() + 1);
        LocalDate d = inYear(anchor, year);
        if (d.isBefore(from)) {
            d = inYear(anchor, year + 1);
        }
        return Optional.of(d);
    }
}
