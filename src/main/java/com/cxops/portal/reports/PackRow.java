package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.KpiDefinition;
import com.cxops.portal.base.kpi.KpiValue;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure of a pack: the KPI and split ("" overall), its value with numerator and denominator, target and RAG,
 * the previous period's and last year's value, and the trend (oldest first; null where there is no data).
 */
public record PackRow(KpiDefinition kpi, String split, KpiValue value, BigDecimal target, Rag rag,
                      BigDecimal previous, BigDecimal lastYear, List<BigDecimal> trend) {

    public boolean overall() {
        return split.isEmpty();
    }
}
