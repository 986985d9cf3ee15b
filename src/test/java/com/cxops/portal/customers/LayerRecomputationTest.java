package com.cxops.portal.customers;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RecordApplicationEvents
class LayerRecomputationTest extends SpringTestBase {

    // Far from real time, so that other tests' orders fall outside every window of this data set.
    static final Instant NOW = Instant.parse("2091-03-01T00:00:00Z");

    @Autowired LayerRecomputation recomputation;
    @Autowired CustomerRepository customers;
    @Autowired OrderRepository orders;
    @Autowired CustomerService service;
    @Autowired ApplicationEvents events;
    @Autowired net.javacrumbs.shedlock.core.LockProvider lockProvider;

    Customer customer(String label, long registeredDaysAgo) {
        Customer c = new Customer(unique(label), label + " test");
        c.setRegisteredAt(NOW.minus(Duration.ofDays(registeredDaysAgo)));
        return customers.saveAndFlush(c);
    }

    void order(Customer c, long daysAgo, String amount, OrderStatus status) {
        orders.saveAndFlush(new CustomerOrder(unique("o"), c, NOW.minus(Duration.ofDays(daysAgo)), new BigDecimal(amount),
                "CNY", status, "shoes"));
    }

    Customer reload(Customer c) {
        return customers.findById(c.getId()).orElseThrow();
    }

    @Test
    void recomputation_places_a_known_data_set_in_the_layers_the_rules_give() {
        clock.set(NOW);
        Customer a = customer("a", 400);
        order(a, 10, "1000.00", OrderStatus.PAID);
        order(a, 20, "1000.00", OrderStatus.PAID);
        Customer b = customer("b", 400); // ties with a at the top-5 % cut
        order(b, 40, "1000.00", OrderStatus.PAID);
        order(b, 50, "1000.00", OrderStatus.PAID);
        Customer c = customer("c", 400); // exactly 3 orders in 90 days
        order(c, 5, "100.00", OrderStatus.PAID);
        order(c, 30, "100.00", OrderStatus.PAID);
        order(c, 60, "100.00", OrderStatus.PAID);
        order(c, 200, "100.00", OrderStatus.CANCELLED);
        Customer d = customer("d", 400);
        order(d, 163, "100.00", OrderStatus.PAID);
        Customer e = customer("e", 400);
        order(e, 200, "100.00", OrderStatus.PAID);
        Customer f = customer("f", 10);
        Customer g = customer("g", 400); // a refunded order does not count as an order
        order(g, 170, "100.00", OrderStatus.PAID);
        order(g, 5, "100.00", OrderStatus.REFUNDED);
        Customer h = customer("h", 400); // huge spend, all refunded
        order(h, 100, "90000.00", OrderStatus.REFUNDED);
        order(h, 100, "50.00", OrderStatus.PAID);
        Customer i = customer("i", 400); // high average order value but below the cut
        order(i, 300, "100.00", OrderStatus.PAID);
        order(i, 15, "1800.00", OrderStatus.PAID);
        List<Customer> fillers = new java.util.ArrayList<>();
        for (int n = 0; n < 12; n++) {
            Customer x = customer("x", 400);
            order(x, 100, "50.00", OrderStatus.PAID);
            fillers.add(x);
        }

        LayerRecomputation.Result result = recomputation.runLocked((done, total) -> { });

        assertThat(result.ran()).isTrue();
        assertThat(reload(a).getLayer()).isEqualTo(CustomerLayer.HIGH_NET_WORTH);
        assertThat(reload(b).getLayer()).isEqualTo(CustomerLayer.HIGH_NET_WORTH);
        assertThat(reload(b).isVip()).isTrue();
        assertThat(reload(c).getLayer()).isEqualTo(CustomerLayer.ACTIVE);
        assertThat(reload(d).getLayer()).isEqualTo(CustomerLayer.AT_RISK);
        assertThat(reload(d).getLayerReason()).isEqualTo("layer.reason.at-risk|163|17");
        assertThat(reload(e).getLayer()).isEqualTo(CustomerLayer.DORMANT);
        assertThat(reload(f).getLayer()).isEqualTo(CustomerLayer.NEW);
        assertThat(reload(g).getLayer()).isEqualTo(CustomerLayer.AT_RISK);
        assertThat(reload(h).getLayer()).isEqualTo(CustomerLayer.REGULAR);
        assertThat(reload(h).isVip()).isFalse();
        assertThat(reload(i).getLayer()).isEqualTo(CustomerLayer.REGULAR);
        assertThat(reload(fillers.getFirst()).getLayer()).isEqualTo(CustomerLayer.REGULAR);

        // RFM: a spends most and ordered recently; the fillers spend least
        assertThat(reload(a).getRfmMonetary()).isEqualTo(5);
        assertThat(reload(fillers.getFirst()).getRfmMonetary()).isEqualTo(1);
        assertThat(reload(c).getRfmFrequency()).isEqualTo(5);
        assertThat(reload(e).getRfmRecency()).isEqualTo(1);
        assertThat(reload(f).getRfmRecency()).isNull();

        // history and the at-risk event
        actAsNew(Role.AGENT);
        assertThat(service.layerHistory(d.getId(), PageRequest.of(0, 10)).getContent())
                .extracting(LayerChange::to).containsExactly(CustomerLayer.AT_RISK);
        assertThat(events.stream(CustomerEnteredAtRisk.class).map(CustomerEnteredAtRisk::customerId))
                .contains(d.getId(), g.getId()).doesNotContain(e.getId());

        // at-risk list: g (170 days) is closer to dormant than d (163 days)
        List<Long> atRisk = service.atRisk(PageRequest.of(0, 1000)).getContent().stream().map(Customer::getId).toList();
        assertThat(atRisk.indexOf(g.getId())).isLessThan(atRisk.indexOf(d.getId()));
        assertThat(service.daysToDormant(reload(d))).hasValue(17);
    }

    @Test
    void a_second_run_changes_nothing_and_publishes_nothing() {
        clock.set(NOW.plus(Duration.ofDays(1000)));
        Customer d = customer("d", 2000);
        order(d, -1000 + 160, "100.00", OrderStatus.PAID);
        recomputation.runLocked((done, total) -> { });
        assertThat(reload(d).getLayer()).isEqualTo(CustomerLayer.AT_RISK);
        long eventsBefore = events.stream(CustomerEnteredAtRisk.class).count();

        LayerRecomputation.Result second = recomputation.runLocked((done, total) -> { });

        assertThat(second.changed()).isZero();
        assertThat(events.stream(CustomerEnteredAtRisk.class).count()).isEqualTo(eventsBefore);
        actAsNew(Role.AGENT);
        assertThat(service.layerHistory(d.getId(), PageRequest.of(0, 10)).getContent()).hasSize(1);
    }

    @Test
    void a_customer_moving_on_records_the_change_from_and_to() {
        Instant start = NOW.plus(Duration.ofDays(3000));
        clock.set(start);
        Customer d = customer("d", 400);
        orders.saveAndFlush(new CustomerOrder(unique("o"), d, start.minus(Duration.ofDays(170)), new BigDecimal("10.00"),
                "CNY", OrderStatus.PAID, null));
        recomputation.runLocked((done, total) -> { });
        clock.set(start.plus(Duration.ofDays(15)));
        recomputation.runLocked((done, total) -> { });

        actAsNew(Role.AGENT);
        List<LayerChange> changes = service.layerHistory(d.getId(), PageRequest.of(0, 10)).getContent();
        assertThat(changes).hasSize(2);
        assertThat(changes.getFirst().from()).isEqualTo(CustomerLayer.AT_RISK);
        assertThat(changes.getFirst().to()).isEqualTo(CustomerLayer.DORMANT);
        assertThat(reload(d).getLayerSince()).isEqualTo(start.plus(Duration.ofDays(15)));
    }

    @Test
    void a_second_recomputation_while_one_runs_does_not_start() {
        var held = lockProvider.lock(new net.javacrumbs.shedlock.core.LockConfiguration(Instant.now(), LayerRecomputation.LOCK,
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        try {
            actAsNew(Role.MANAGER);
            assertThat(recomputation.recomputeNow((done, total) -> { }).ran()).isFalse();
        } finally {
            held.unlock();
        }
    }

    @Test
    void agents_cannot_start_a_recomputation() {
        actAsNew(Role.AGENT);
        assertThatThrownBy(() -> recomputation.recomputeNow((done, total) -> { })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managers_can_start_a_recomputation() {
        actAsNew(Role.MANAGER);
        assertThat(recomputation.recomputeNow((done, total) -> { }).ran()).isTrue();
    }
}
