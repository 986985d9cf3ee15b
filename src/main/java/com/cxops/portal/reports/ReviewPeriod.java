package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.PackKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A review period: a calendar month, quarter or year of the shop zone, named by its first day. */
public record ReviewPeriod(PackKind kind, LocalDate firstDay) {

    /** The period of this kind that contains the day. */
    public static ReviewPeriod containing(PackKind kind, LocalDate day) {
        return switch (kind) {
            case MONTHLY -> new ReviewPeriod(kind, day.withDayOfMonth(1));
            case QUARTERLY -> new ReviewPeriod(kind, LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1));
            case YEARLY -> new ReviewPeriod(kind, LocalDate.of(day.getYear(), 1, 1));
        };
    }

    public LocalDate endDay() {
        return firstDay.plusMonths(kind.months());
    }

    public ReviewPeriod previous() {
        return new ReviewPeriod(kind, firstDay.minusMonths(kind.months()));
    }

    public ReviewPeriod lastYear() {
        return new ReviewPeriod(kind, firstDay.minusYears(1));
    }

    public KpiPeriod toKpiPeriod(ZoneId zone, Instant now) {
        return KpiPeriod.of(firstDay, endDay(), zone, now);
    }

    /** The periods of the trend line, oldest first: 6 months, 4 quarters, or the 12 months of the year. */
    public List<ReviewPeriod> trend() {
        List<ReviewPeriod> out = new ArrayList<>();
        switch (kind) {
            case MONTHLY -> {
                for (int i = 5; i >= 0; i--) {
                    out.add(new ReviewPeriod(kind, firstDay.minusMonths(i)));
                }
            }
            case QUARTERLY -> {
                for (int i = 3; i >= 0; i--) {
                    out.add(new ReviewPeriod(kind, firstDay.minusMonths(3L * i)));
                }
            }
            case YEARLY -> {
                for (int m = 0; m < 12; m++) {
                    out.add(new ReviewPeriod(PackKind.MONTHLY, firstDay.plusMonths(m)));
                }
            }
        }
        return out;
    }

    /** A short label: 2026-03, 2026 Q1, 2026. */
    public String label() {
        return switch (kind) {
            case MONTHLY -> String.format("%d-%02d", firstDay.getYear(), firstDay.getMonthValue());
            case QUARTERLY -> firstDay.getYear() + " Q" + ((firstDay.getMonthValue() - 1) / 3 + 1);
            case YEARLY -> Integer.toString(firstDay.getYear());
        };
    }
}
