package com.cxops.portal.customers;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored customer figures of settled periods are always the live ones: stored when a pack first counts them,
 * deleted by the writes that change them (a back-dated order through the intake, a layer replay at a past moment),
 * kept by live orders, and not stored by a computation that read its data before a back-dated write committed.
 * Customers of 2079–2080 (shop zone Asia/Shanghai), the clock in May 2080.
 */
class CustomerKpiStoreTest extends SpringTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String MARK = "kpi-store";
    static final Instant NOW = Instant.parse("2080-05-15T04:00:00Z");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CustomerKpis kpis;
    @Autowired
    CustomerKpiStore store;
    @Autowired
    IntakeWriter writer;
    @Autowired
    LayerRecomputation recomputation;
    @Autowired
    PlatformTransactionManager transactions;

    long alice;
    long bob;

    static KpiPeriod quarter(int year, int firstMonth, Instant now) {
        LocalDate first = LocalDate.of(year, firstMonth, 1);
        return KpiPeriod.of(first, first.plusMonths(3), SHANGHAI, now);
    }

    static LocalDateTime utc(String shanghai) {
        return LocalDateTime.ofInstant(at(shanghai), ZoneOffset.UTC);
    }

    static Instant at(String shanghai) {
        return LocalDateTime.parse(shanghai).atZone(SHANGHAI).toInstant();
    }

    long customer(String name) {
        jdbc.update("INSERT INTO customer (external_id, name) VALUES (?, ?)", unique("ks-"), MARK + " " + name);
        return jdbc.queryForObject("SELECT MAX(id) FROM customer WHERE name = ?", Long.class, MARK + " " + name);
    }

    String externalId(long customer) {
        return jdbc.queryForObject("SELECT external_id FROM customer WHERE id = ?", String.class, customer);
    }

    /** An order through the portal's order writer (the import's and the REST intake's), at {@code now}. */
    void intake(long customer, String placedShanghai, String amount, OrderStatus status, String externalId) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> writer.upsertOrders(List.of(new OrderData(externalId,
                externalId(customer), at(placedShanghai), new BigDecimal(amount), "CNY", status, null)), clock.instant(), "test"));
    }

    long stored() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM kpi_kept_period WHERE start_at >= ?", Long.class, utc("2079-01-01T00:00"));
        return n == null ? 0 : n;
    }

    @BeforeEach
    void data() {
        clock.set(NOW);
        String mine = "SELECT id FROM (SELECT id FROM customer WHERE name LIKE '" + MARK + " %') x";
        jdbc.update("DELETE FROM customer_layer_change WHERE customer_id IN (" + mine + ")");
        jdbc.update("DELETE FROM customer_order WHERE customer_id IN (" + mine + ")");
        jdbc.update("DELETE FROM customer WHERE name LIKE '" + MARK + " %'");
        store.clear();
        alice = customer("Alice");
        bob = customer("Bob");
        jdbc.update("INSERT INTO customer_layer_change (customer_id, to_layer, changed_at) VALUES (?, 'ACTIVE', ?)", alice, utc("2079-06-01T00:00"));
        jdbc.update("INSERT INTO customer_layer_change (customer_id, to_layer, changed_at) VALUES (?, 'DORMANT', ?)", bob, utc("2079-06-01T00:00"));
        intake(alice, "2079-11-02T10:00", "100.00", OrderStatus.PAID, unique("kso-"));
        intake(alice, "2080-01-05T10:00", "50.00", OrderStatus.PAID, unique("kso-"));
        intake(alice, "2080-03-31T23:59:59", "70.00", OrderStatus.PAID, unique("kso-"));
        intake(bob, "2079-10-20T09:00", "30.00", OrderStatus.PAID, unique("kso-"));
    }

    List<KpiPeriod> periods() {
        return List.of(quarter(2080, 1, NOW), quarter(2079, 10, NOW), quarter(2079, 1, NOW));
    }

    Map<KpiPeriod, Map<String, Map<String, KpiValue>>> pack() {
        return kpis.packFigures(periods(), d -> true);
    }

    @Test
    void settled_periods_are_stored_when_first_counted_and_read_back_as_they_were_counted() {
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> first = pack();
        assertThat(first).isEqualTo(kpis.computeAll(periods()));
        assertThat(stored()).isEqualTo(3);
        // Q1 2080: Alice bought twice (the second a second before the quarter's end), Bob not at all
        KpiValue repurchase = first.get(periods().getFirst()).get("customers.repurchase-rate").get("");
        assertThat(repurchase.numerator()).isEqualTo(1);
        assertThat(repurchase.denominator()).isEqualTo(1);

        // an order written around the portal's writers is not seen: the second pack is read from the store
        jdbc.update("INSERT INTO customer_order (external_id, customer_id, placed_at, amount, currency, status) VALUES (?, ?, ?, 10, 'CNY', 'PAID')",
                unique("kso-"), bob, utc("2080-02-01T12:00"));
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> second = pack();
        assertThat(second).isEqualTo(first);
        assertThat(second.get(periods().getFirst())).isNotEqualTo(kpis.computeAll(periods()).get(periods().getFirst()));
        // the splits keep the order they were counted in
        assertThat(second.get(periods().getFirst()).get("customers.migration").keySet())
                .containsExactlyElementsOf(first.get(periods().getFirst()).get("customers.migration").keySet());
    }

    @Test
    void a_back_dated_order_through_the_intake_deletes_the_periods_it_reaches_and_the_next_pack_counts_it() {
        pack();
        assertThat(stored()).isEqualTo(3);
        // Bob comes back in February 2080 (received in May): Q1 2080 changes; Q4 2079 and Q1 2079 ended before
        intake(bob, "2080-02-10T08:00", "40.00", OrderStatus.PAID, unique("kso-"));
        assertThat(stored()).isEqualTo(2);
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> after = pack();
        assertThat(after).isEqualTo(kpis.computeAll(periods()));
        assertThat(after.get(periods().getFirst()).get("customers.dormant-reactivation").get("").numerator()).isEqualTo(1);
        assertThat(stored()).isEqualTo(3);

        // a refund of Alice's November order reaches back into Q4 2079 (and LTV of every later period)
        String november = jdbc.queryForObject("SELECT external_id FROM customer_order WHERE customer_id = ? AND amount = 100.00",
                String.class, alice);
        intake(alice, "2079-11-02T10:00", "100.00", OrderStatus.REFUNDED, november);
        assertThat(stored()).isEqualTo(1);
        assertThat(pack()).isEqualTo(kpis.computeAll(periods()));
    }

    @Test
    void live_orders_leave_the_stored_figures_and_the_generation_alone() {
        pack();
        long generation = store.generation();
        intake(alice, "2080-05-15T09:00", "20.00", OrderStatus.PAID, unique("kso-"));
        intake(bob, "2080-05-10T09:00", "20.00", OrderStatus.PAID, unique("kso-"));
        assertThat(stored()).isEqualTo(3);
        assertThat(store.generation()).isEqualTo(generation);
        assertThat(pack()).isEqualTo(kpis.computeAll(periods()));
    }

    @Test
    void an_order_of_the_months_first_two_days_bumps_the_generation_as_a_period_in_a_former_zone_may_end_after_them() {
        long generation = store.generation();
        intake(bob, "2080-05-02T09:00", "20.00", OrderStatus.PAID, unique("kso-"));
        assertThat(store.generation()).isEqualTo(generation + 1);
    }

    @Test
    void figures_counted_before_a_back_dated_write_committed_are_not_stored() {
        KpiPeriod q1 = periods().getFirst();
        long generation = store.generation();
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> counted = kpis.computeAll(List.of(q1));
        // meanwhile an order of February arrives and commits
        intake(bob, "2080-02-10T08:00", "40.00", OrderStatus.PAID, unique("kso-"));
        store.store(counted, "CNY", generation, NOW);
        assertThat(stored()).isZero();
        // counted again after it: stored
        store.store(kpis.computeAll(List.of(q1)), "CNY", store.generation(), NOW);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void a_period_that_ended_less_than_a_day_ago_is_counted_live_every_time() {
        Instant justAfter = at("2080-04-01T00:00").plus(Duration.ofHours(20));
        clock.set(justAfter);
        List<KpiPeriod> periods = List.of(quarter(2080, 1, justAfter));
        assertThat(kpis.packFigures(periods, d -> true)).isEqualTo(kpis.computeAll(periods));
        assertThat(stored()).isZero();
        // an order of 31 March received on 1 April is counted
        intake(bob, "2080-03-31T22:00", "40.00", OrderStatus.PAID, unique("kso-"));
        Map<String, Map<String, KpiValue>> q1 = kpis.packFigures(periods, d -> true).get(periods.getFirst());
        assertThat(q1.get("customers.dormant-reactivation").get("").numerator()).isEqualTo(1);
    }

    @Test
    void a_layer_replay_at_a_past_moment_deletes_the_periods_after_it() {
        pack();
        assertThat(stored()).isEqualTo(3);
        recomputation.replayThenRun(List.of(at("2080-02-01T00:00")), Math.min(alice, bob), Math.max(alice, bob), (done, total) -> { });
        // the layers at Q1 2080's end changed; Q4 2079 and Q1 2079 end before the replayed moment
        assertThat(stored()).isEqualTo(2);
        assertThat(pack()).isEqualTo(kpis.computeAll(periods()));
    }
}
