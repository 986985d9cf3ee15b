package com.cxops.portal.base.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The period a figure is computed for: [start, end) as instants (00:00 of the first day in the shop zone), the
 * evaluation moment {@code at} = min(end, now) (docs/kpis.md), the zone, and the first and last-exclusive days.
 */
public record KpiPeriod(Instant start, Instant end, Instant at, ZoneId zone, LocalDate firstDay, LocalDate endDay) {

    public static KpiPeriod of(LocalDate firstDay, LocalDate endDay, ZoneId zone, Instant now) {
        Instant start = firstDay.atStartOfDay(zone).toInstant();
        Instant end = endDay.atStartOfDay(zone).toInstant();
        return new KpiPeriod(start, end, end.isBefore(now) ? end : now, zone, firstDay, endDay);
    }

    /** Nothing of the period has happened yet: every figure is "no data". */
    public boolean isFuture() {
        return !at.isAfter(start);
    }

    public boolean inProgress() {
        return at.isBefore(end);
    }
}
