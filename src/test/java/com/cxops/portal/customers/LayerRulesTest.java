package com.cxops.portal.customers;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LayerRulesTest {

    static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    final LayerRules rules = new LayerRules(LayerThresholds.defaults());

    static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    /** A long-standing customer whose last order was {@code days} ago, with few orders and no top spend. */
    static LayerFacts lastOrder(long days) {
        return new LayerFacts(daysAgo(1000), daysAgo(900), daysAgo(days), days < 90 ? 1 : 0,
                new BigDecimal("100.00"), 1, false);
    }

    CustomerLayer layer(LayerFacts facts) {
        return rules.decide(facts, NOW).layer();
    }

    @Test
    void registered_29_days_ago_is_new() {
        assertThat(layer(new LayerFacts(daysAgo(29), null, null, 0, BigDecimal.ZERO, 0, false))).isEqualTo(CustomerLayer.NEW);
    }

    @Test
    void a_registration_after_now_does_not_make_a_customer_new() {
        LayerDecision d = rules.decide(new LayerFacts(NOW.plus(Duration.ofDays(5)), null, null, 0, BigDecimal.ZERO, 0, false), NOW);
        assertThat(d.layer()).isEqualTo(CustomerLayer.REGULAR);
        assertThat(d.reasonKey()).isEqualTo("layer.reason.regular-never-ordered");
    }

    @Test
    void registered_30_days_ago_is_no_longer_new() {
        LayerDecision d = rules.decide(new LayerFacts(daysAgo(30), null, null, 0, BigDecimal.ZERO, 0, false), NOW);
        assertThat(d.layer()).isEqualTo(CustomerLayer.REGULAR);
        assertThat(d.reasonKey()).isEqualTo("layer.reason.regular-never-ordered");
    }

    @Test
    void registered_31_days_ago_is_no_longer_new() {
        assertThat(layer(new LayerFacts(daysAgo(31), null, null, 0, BigDecimal.ZERO, 0, false))).isEqualTo(CustomerLayer.REGULAR);
    }

    @Test
    void first_order_29_days_ago_of_an_old_registration_is_new_with_the_first_order_as_reason() {
        LayerDecision d = rules.decide(new LayerFacts(daysAgo(400), daysAgo(29), daysAgo(29), 1, BigDecimal.TEN, 1, false), NOW);
        assertThat(d.layer()).isEqualTo(CustomerLayer.NEW);
        assertThat(d.reasonKey()).isEqualTo("layer.reason.new-first-order");
        assertThat(d.reasonParams()).containsExactly("29");
    }

    @Test
    void first_order_30_and_31_days_ago_is_not_new() {
        assertThat(layer(new LayerFacts(daysAgo(400), daysAgo(30), daysAgo(30), 1, BigDecimal.TEN, 1, false))).isEqualTo(CustomerLayer.REGULAR);
        assertThat(layer(new LayerFacts(daysAgo(400), daysAgo(31), daysAgo(31), 1, BigDecimal.TEN, 1, false))).isEqualTo(CustomerLayer.REGULAR);
    }

    @Test
    void exactly_three_orders_in_90_days_is_active() {
        LayerDecision d = rules.decide(new LayerFacts(daysAgo(400), daysAgo(300), daysAgo(5), 3, new BigDecimal("90"), 3, false), NOW);
        assertThat(d.layer()).isEqualTo(CustomerLayer.ACTIVE);
        assertThat(d.reasonParams()).containsExactly("3", "90");
    }

    @Test
    void two_orders_in_90_days_is_regular() {
        assertThat(layer(new LayerFacts(daysAgo(400), daysAgo(300), daysAgo(5), 2, new BigDecimal("90"), 2, false)))
                .isEqualTo(CustomerLayer.REGULAR);
    }

    @Test
    void last_order_149_days_ago_is_regular() {
        assertThat(layer(lastOrder(149))).isEqualTo(CustomerLayer.REGULAR);
    }

    @Test
    void last_order_150_days_ago_is_at_risk_with_days_and_days_to_dormant() {
        LayerDecision d = rules.decide(lastOrder(150), NOW);
        assertThat(d.layer()).isEqualTo(CustomerLayer.AT_RISK);
        assertThat(d.reasonKey()).isEqualTo("layer.reason.at-risk");
        assertThat(d.reasonParams()).containsExactly("150", "30");
    }

    @Test
    void last_order_179_days_ago_is_still_at_risk() {
        assertThat(layer(lastOrder(179))).isEqualTo(CustomerLayer.AT_RISK);
    }

    @Test
    void last_order_180_days_ago_is_dormant() {
        LayerDecision d = rules.decide(lastOrder(180), NOW);
        assertThat(d.layer()).isEqualTo(CustomerLayer.DORMANT);
        assertThat(d.reasonParams()).containsExactly("180");
    }

    @Test
    void one_second_short_of_150_days_counts_as_149_days() {
        LayerFacts facts = new LayerFacts(daysAgo(1000), daysAgo(900), daysAgo(150).plusSeconds(1), 0, BigDecimal.TEN, 1, false);
        assertThat(layer(facts)).isEqualTo(CustomerLayer.REGULAR);
    }

    @Test
    void a_customer_who_never_ordered_drifts_to_at_risk_and_dormant_from_registration() {
        assertThat(layer(new LayerFacts(daysAgo(160), null, null, 0, BigDecimal.ZERO, 0, false))).isEqualTo(CustomerLayer.AT_RISK);
        LayerDecision d = rules.decide(new LayerFacts(daysAgo(200), null, null, 0, BigDecimal.ZERO, 0, false), NOW);
        assertThat(d.layer()).isEqualTo(CustomerLayer.DORMANT);
        assertThat(d.reasonKey()).isEqualTo("layer.reason.dormant-never-ordered");
    }

    @Test
    void a_customer_with_no_dates_at_all_is_dormant() {
        assertThat(layer(new LayerFacts(null, null, null, 0, BigDecimal.ZERO, 0, false))).isEqualTo(CustomerLayer.DORMANT);
    }

    @Test
    void top_spender_with_average_order_exactly_three_times_the_reference_is_high_net_worth() {
        // reference 300.00 x 3 = 900.00 per order, 2 orders
        LayerDecision d = rules.decide(new LayerFacts(daysAgo(400), daysAgo(300), daysAgo(10), 2, new BigDecimal("1800.00"), 2, true), NOW);
        assertThat(d.layer()).isEqualTo(CustomerLayer.HIGH_NET_WORTH);
        assertThat(d.highNetWorth()).isTrue();
    }

    @Test
    void top_spender_one_cent_short_of_three_times_the_reference_is_not_high_net_worth() {
        LayerDecision d = rules.decide(new LayerFacts(daysAgo(400), daysAgo(300), daysAgo(10), 2, new BigDecimal("1799.99"), 2, true), NOW);
        assertThat(d.layer()).isEqualTo(CustomerLayer.REGULAR);
        assertThat(d.highNetWorth()).isFalse();
    }

    @Test
    void high_average_order_without_top_spend_is_not_high_net_worth() {
        assertThat(rules.decide(new LayerFacts(daysAgo(400), daysAgo(300), daysAgo(10), 1, new BigDecimal("5000"), 1, false), NOW)
                .highNetWorth()).isFalse();
    }

    @Test
    void precedence_at_risk_beats_high_net_worth_but_the_customer_stays_a_vip() {
        LayerDecision d = rules.decide(new LayerFacts(daysAgo(400), daysAgo(300), daysAgo(163), 0, new BigDecimal("9000"), 3, true), NOW);
        assertThat(d.layer()).isEqualTo(CustomerLayer.AT_RISK);
        assertThat(d.highNetWorth()).isTrue();
        assertThat(d.reasonParams()).containsExactly("163", "17");
    }

    @Test
    void precedence_dormant_beats_high_net_worth_but_the_customer_stays_a_vip() {
        LayerDecision d = rules.decide(new LayerFacts(daysAgo(400), daysAgo(300), daysAgo(200), 0, new BigDecimal("9000"), 3, true), NOW);
        assertThat(d.layer()).isEqualTo(CustomerLayer.DORMANT);
        assertThat(d.highNetWorth()).isTrue();
    }

    @Test
    void precedence_high_net_worth_beats_new() {
        assertThat(layer(new LayerFacts(daysAgo(5), daysAgo(4), daysAgo(1), 2, new BigDecimal("4000"), 2, true)))
                .isEqualTo(CustomerLayer.HIGH_NET_WORTH);
    }

    @Test
    void precedence_new_beats_active() {
        assertThat(layer(new LayerFacts(daysAgo(20), daysAgo(20), daysAgo(1), 4, new BigDecimal("100"), 4, false)))
                .isEqualTo(CustomerLayer.NEW);
    }

    @Test
    void precedence_high_net_worth_beats_active() {
        assertThat(layer(new LayerFacts(daysAgo(400), daysAgo(300), daysAgo(1), 5, new BigDecimal("5000"), 5, true)))
                .isEqualTo(CustomerLayer.HIGH_NET_WORTH);
    }

    @Test
    void thresholds_come_from_the_settings() {
        LayerThresholds t = new LayerThresholds(7, 2, 30, 60, 90, new BigDecimal("10"), new BigDecimal("2"),
                new BigDecimal("100"), "USD", 365);
        LayerRules custom = new LayerRules(t);
        assertThat(custom.decide(lastOrder(60), NOW).layer()).isEqualTo(CustomerLayer.AT_RISK);
        assertThat(custom.decide(lastOrder(90), NOW).layer()).isEqualTo(CustomerLayer.DORMANT);
        assertThat(custom.decide(new LayerFacts(daysAgo(7), null, null, 0, BigDecimal.ZERO, 0, false), NOW).layer())
                .isEqualTo(CustomerLayer.REGULAR);
        assertThat(custom.decide(new LayerFacts(daysAgo(400), daysAgo(300), daysAgo(1), 2, new BigDecimal("400"), 2, true), NOW)
                .layer()).isEqualTo(CustomerLayer.HIGH_NET_WORTH);
    }

    @Test
    void reason_is_stored_as_key_and_parameters() {
        LayerDecision d = rules.decide(lastOrder(163), NOW);
        assertThat(d.encodedReason()).isEqualTo("layer.reason.at-risk|163|17");
        assertThat(LayerDecision.decodeReason(d.encodedReason())).containsExactly("layer.reason.at-risk", "163", "17");
    }
}
