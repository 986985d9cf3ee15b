package com.cxops.portal.base.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure: its value ({@code null} = no data), and for rates and averages the numerator (the drill-down's row count)
 * and denominator. Counts carry their count as numerator, too.
 */
public record KpiValue(BigDecimal value, long numerator, Long denominator) {

    public static final KpiValue NO_DATA = new KpiValue(null, 0, null);

    public static KpiValue count(long n) {
        return new KpiValue(BigDecimal.valueOf(n), n, null);
    }

    /** numerator / denominator in percent, one decimal, half-up; no data when the denominator is 0. */
    public static KpiValue rate(long numerator, long denominator) {
        if (denominator == 0) {
            return new KpiValue(null, 0, 0L);
        }
        return new KpiValue(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP), numerator, denominator);
    }

    /** An average of a total over n rows (two decimals, half-up); no data for n = 0. */
    public static KpiValue average(BigDecimal total, long n) {
        if (n == 0) {
            return new KpiValue(null, 0, null);
        }
        return new KpiValue(total.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP), n, null);
    }

    /** A value computed from n rows (a percentile, a sum), no data when there are none. */
    public static KpiValue of(BigDecimal value, long n) {
        return n == 0 || value == null ? new KpiValue(null, 0, null) : new KpiValue(value, n, null);
    }

    public boolean hasData() {
        return value != null;
    }
}
