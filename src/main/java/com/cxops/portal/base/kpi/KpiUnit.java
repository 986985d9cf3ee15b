package com.cxops.portal.base.kpi;

/** How a KPI's value reads: a count, a percentage (one decimal), minutes, money in the shop currency, or a score. */
public enum KpiUnit {
    COUNT, PERCENT, MINUTES, MONEY, SCORE
}
