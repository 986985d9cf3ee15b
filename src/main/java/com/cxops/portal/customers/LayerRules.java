package com.cxops.portal.customers;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The layer rules of DOMAIN.md "Customer layers", pure (no Spring, no database).
 *
 * <p>Days are whole 24-hour periods between the moment and now. "Within the last N days" means fewer than N days
 * ago, so the layers meet without gaps: at risk from {@code atRiskDays} up to {@code dormantDays - 1} days after
 * the last order, dormant from {@code dormantDays}. A customer who never ordered is measured from registration
 * (a sign-up who never buys drifts towards dormant like a lapsed buyer); with neither date they are dormant.
 *
 * <p>Precedence when several layers fit: AT_RISK &gt; DORMANT &gt; HIGH_NET_WORTH &gt; NEW &gt; ACTIVE &gt; REGULAR.
 * The churn warnings come first because they call for action (a win-back) and the at-risk event must fire for a VIP
 * too; being high-net-worth is kept in its own flag ({@link LayerDecision#highNetWorth()}), so a VIP at risk still
 * counts as a VIP (dedicated manager, complaint routing). HIGH_NET_WORTH beats NEW so that a big first buyer gets
 * their account manager at once; NEW beats ACTIVE because the first month's goal is trust after the first order.
 */
public final class LayerRules {

    private final LayerThresholds thresholds;

    public LayerRules(LayerThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public LayerDecision decide(LayerFacts facts, Instant now) {
        boolean hnw = isHighNetWorth(facts);
        Instant basis = facts.lastOrderAt() != null ? facts.lastOrderAt() : facts.registeredAt();
        boolean neverOrdered = facts.lastOrderAt() == null;
        if (basis == null) {
            return new LayerDecision(CustomerLayer.DORMANT, "layer.reason.no-activity", List.of(), hnw);
        }
        long sinceLast = days(basis, now);
        if (sinceLast >= thresholds.atRiskDays() && sinceLast < thresholds.dormantDays()) {
            return decision(CustomerLayer.AT_RISK, neverOrdered ? "layer.reason.at-risk-never-ordered" : "layer.reason.at-risk",
                    hnw, sinceLast, thresholds.dormantDays() - sinceLast);
        }
        if (sinceLast >= thresholds.dormantDays()) {
            return decision(CustomerLayer.DORMANT, neverOrdered ? "layer.reason.dormant-never-ordered" : "layer.reason.dormant",
                    hnw, sinceLast);
        }
        if (hnw) {
            return decision(CustomerLayer.HIGH_NET_WORTH, "layer.reason.high-net-worth", true,
                    facts.spendInWindow().toPlainString(), facts.averageOrderValue().toPlainString(), thresholds.currency());
        }
        // a registration after "now" (bad or imported data) is not a new customer's: days() would count it as 0
        if (facts.registeredAt() != null && !facts.registeredAt().isAfter(now) && days(facts.registeredAt(), now) < thresholds.newDays()) {
            return decision(CustomerLayer.NEW, "layer.reason.new-registered", false, days(facts.registeredAt(), now));
        }
        if (facts.firstOrderAt() != null && days(facts.firstOrderAt(), now) < thresholds.newDays()) {
            return decision(CustomerLayer.NEW, "layer.reason.new-first-order", false, days(facts.firstOrderAt(), now));
        }
        if (facts.ordersInActiveWindow() >= thresholds.activeMinOrders()) {
            return decision(CustomerLayer.ACTIVE, "layer.reason.active", false, facts.ordersInActiveWindow(),
                    thresholds.activeWindowDays());
        }
        return neverOrdered
                ? decision(CustomerLayer.REGULAR, "layer.reason.regular-never-ordered", false, sinceLast)
                : decision(CustomerLayer.REGULAR, "layer.reason.regular", false, sinceLast);
    }

    /** Top share by spend (ties at the cut included, decided in SQL) and an average order value of at least the multiple. */
    boolean isHighNetWorth(LayerFacts facts) {
        if (!facts.inTopSpend() || facts.spendInWindow() == null || facts.spendInWindow().signum() <= 0) {
            return false;
        }
        // spend >= multiple x reference x orders: the same as AOV >= multiple x reference, without rounding
        BigDecimal required = thresholds.referenceAov().multiply(thresholds.hnwAovMultiple())
                .multiply(BigDecimal.valueOf(facts.ordersInWindowForSpend()));
        return facts.spendInWindow().compareTo(required) >= 0;
    }

    static long days(Instant from, Instant now) {
        return Math.max(0, Duration.between(from, now).toDays());
    }

    private static LayerDecision decision(CustomerLayer layer, String key, boolean hnw, Object... params) {
        return new LayerDecision(layer, key, java.util.Arrays.stream(params).map(String::valueOf).toList(), hnw);
    }
}
