package com.cxops.portal.customers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the rules need to know about one customer, from paid orders only (refunded and cancelled orders never
 * count: they are not revenue). Aggregated in SQL by {@link LayerRecomputation}.
 *
 * @param registeredAt       when the customer registered at the shop, or null when the shop did not say
 * @param firstOrderAt       first paid order, or null
 * @param lastOrderAt        last paid order, or null
 * @param ordersInActiveWindow paid orders within the active window
 * @param spendInWindow      paid spend within the spend window, in the shop currency
 * @param ordersInWindowForSpend paid orders in the shop currency within the spend window (for the average order value)
 * @param inTopSpend         spend within the top share of customers (ties at the cut included)
 */
public record LayerFacts(Instant registeredAt, Instant firstOrderAt, Instant lastOrderAt, long ordersInActiveWindow,
                         BigDecimal spendInWindow, long ordersInWindowForSpend, boolean inTopSpend) {

    /** Average order value within the spend window, or zero without orders. */
    public BigDecimal averageOrderValue() {
        if (ordersInWindowForSpend == 0 || spendInWindow == null) {
            return BigDecimal.ZERO;
        }
        return spendInWindow.divide(BigDecimal.valueOf(ordersInWindowForSpend), 2, java.math.RoundingMode.HALF_UP);
    }
}
