package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.Direction;

import java.math.BigDecimal;

/**
 * Red / amber / green of a value against its target (docs/kpis.md): green when met in the KPI's direction, amber when
 * missed by no more than the tolerance (percent of the target's absolute value), red otherwise; none without a
 * target, a value or a direction.
 */
public enum Rag {
    GREEN, AMBER, RED;

    public static Rag of(BigDecimal value, BigDecimal target, Direction direction, BigDecimal tolerancePercent) {
        if (value == null || target == null || direction == Direction.NONE) {
            return null;
        }
        BigDecimal shortfall = direction == Direction.HIGHER_BETTER ? target.subtract(value) : value.subtract(target);
        if (shortfall.signum() <= 0) {
            return GREEN;
        }
        BigDecimal allowed = target.abs().multiply(tolerancePercent).movePointLeft(2);
        return shortfall.compareTo(allowed) <= 0 ? AMBER : RED;
    }

    public String messageKey() {
        return "reports.rag." + name();
    }
}
