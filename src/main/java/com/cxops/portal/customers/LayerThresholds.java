package com.cxops.portal.customers;

import java.math.BigDecimal;

/** The settings the layer rules use (DOMAIN.md "Customer layers"; defaults in {@link CustomerSettings}). */
public record LayerThresholds(int newDays, int activeMinOrders, int activeWindowDays, int atRiskDays, int dormantDays,
                              BigDecimal hnwTopPercent, BigDecimal hnwAovMultiple, BigDecimal referenceAov,
                              String currency, int spendWindowDays) {

    public static LayerThresholds defaults() {
        return new LayerThresholds(30, 3, 90, 150, 180, new BigDecimal("5"), new BigDecimal("3"),
                new BigDecimal("300.00"), "CNY", 365);
    }
}
