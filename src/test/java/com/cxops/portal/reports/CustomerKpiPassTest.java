package com.cxops.portal.reports;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.customers.CustomerKpis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer KPIs of all periods of a pack counted in one pass give for every period exactly the figures of their
 * population queries run period by period (the queries the drill-downs read), on customers of 2056–2058 whose layer
 * changes and paid orders fall on the periods' bounds (00:00 of a quarter in the shop zone and a second before), an
 * order exactly 30 days after a first one, two orders at the same moment, two layer changes at the same moment,
 * refunded and foreign-currency orders, a period still running and one in the future — and on whatever else the
 * database holds in those periods.
 */
class CustomerKpiPassTest extends SpringTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String MARK = "customer-pass";
    static final Instant NOW = Instant.parse("2058-11-15T04:00:00Z");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CustomerKpis customerKpis;

    static LocalDateTime utc(String shanghai) {
        return LocalDateTime.ofInstant(LocalDateTime.parse(shanghai).atZone(SHANGHAI).toInstant(), ZoneOffset.UTC);
    }

    long customer(String name) {
        jdbc.update("INSERT INTO customer (external_id, name) VALUES (?, ?)", unique("cp-"), MARK + " " + name);
        return jdbc.queryForObject("SELECT MAX(id) FROM customer WHERE name = ?", Long.class, MARK + " " + name);
    }

    void layer(long customer, String to, String at) {
        jdbc.update("INSERT INTO customer_layer_change (customer_id, to_layer, changed_at) VALUES (?, ?, ?)", customer, to, utc(at));
    }

    void order(long customer, String at, String amount, String currency, String status) {
        jdbc.update("INSERT INTO customer_order (external_id, customer_id, placed_at, amount, currency, status) VALUES (?, ?, ?, ?, ?, ?)",
                unique("cpo-"), customer, utc(at), new BigDecimal(amount), currency, status);
    }

    void paid(long customer, String at, String amount) {
        order(customer, at, amount, "CNY", "PAID");
    }

    @BeforeEach
    void data() {
        String mine = "SELECT id FROM (SELECT id FROM customer WHERE name LIKE '" + MARK + " %') x";
        jdbc.update("DELETE FROM customer_layer_change WHERE customer_id IN (" + mine + ")");
        jdbc.update("DELETE FROM customer_order WHERE customer_id IN (" + mine + ")");
        jdbc.update("DELETE FROM customer WHERE name LIKE ?", MARK + " %");
        // dormant a second before Q1 2058, buys at its first instant and again exactly 30 days later
        long a = customer("A");
        layer(a, "REGULAR", "2056-02-29T10:00");
        layer(a, "DORMANT", "2057-12-31T23:59:59");
        paid(a, "2058-01-01T00:00", "100.50");
        paid(a, "2058-01-31T00:00", "20");
        layer(a, "ACTIVE", "2058-02-01T00:00");
        // at risk from exactly the quarter's start (so not at its start); two changes at one moment at its end
        long b = customer("B");
        layer(b, "REGULAR", "2057-06-01T00:00");
        layer(b, "AT_RISK", "2058-01-01T00:00");
        layer(b, "DORMANT", "2058-03-31T23:59:59");
        layer(b, "ACTIVE", "2058-03-31T23:59:59");
        paid(b, "2058-03-31T23:59:59", "5");
        order(b, "2058-02-10T10:00", "999", "CNY", "REFUNDED");
        // last second of Q1 and first instant of Q2; a foreign-currency order (no LTV) and a cancelled one
        long c = customer("C");
        layer(c, "AT_RISK", "2057-09-30T23:59:59");
        paid(c, "2058-03-31T23:59:59", "7.25");
        paid(c, "2058-04-01T00:00", "8");
        order(c, "2058-03-01T00:00", "50", "USD", "PAID");
        order(c, "2058-03-02T00:00", "60", "CNY", "CANCELLED");
        // first order 26 days before the quarter's end: not counted for 30 days; another 15 days later
        long d = customer("D");
        paid(d, "2058-03-05T12:00", "30");
        paid(d, "2058-03-20T12:00", "30");
        // never classified, bought only in 2056 (a leap day) and 2057: LTV "not classified"
        long e = customer("E");
        paid(e, "2056-02-29T23:59:59", "12");
        paid(e, "2057-10-01T00:00", "13");
        // two orders at one moment: bought twice, but nothing after the first within 30 days
        long f = customer("F");
        layer(f, "NEW", "2057-12-01T00:00");
        paid(f, "2058-02-01T00:00", "1");
        paid(f, "2058-02-01T00:00", "2");
        // buys in the running quarter, before and after NOW
        long g = customer("G");
        layer(g, "DORMANT", "2058-09-30T23:59:59");
        paid(g, "2058-10-01T00:00", "40");
        paid(g, "2058-11-15T11:59:59", "41");
        paid(g, "2058-11-20T00:00", "42");
    }

    /** The periods a pack asks for, as {@link PackCalculator} asks them. */
    static List<KpiPeriod> periodsOf(ReviewPeriod period) {
        LinkedHashSet<KpiPeriod> all = new LinkedHashSet<>();
        all.add(period.toKpiPeriod(SHANGHAI, NOW));
        all.add(period.previous().toKpiPeriod(SHANGHAI, NOW));
        all.add(period.lastYear().toKpiPeriod(SHANGHAI, NOW));
        period.trend().forEach(t -> all.add(t.toKpiPeriod(SHANGHAI, NOW)));
        return new ArrayList<>(all);
    }

    void samePerPeriod(List<KpiPeriod> periods) {
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> together = customerKpis.computeAll(periods);
        for (KpiPeriod p : periods) {
            assertThat(together.get(p)).as(p.firstDay() + " to " + p.endDay()).isEqualTo(customerKpis.computeByPopulation(p));
        }
    }

    @Test
    void a_quarterly_packs_periods_in_one_pass_have_the_figures_of_the_population_queries() {
        List<KpiPeriod> periods = periodsOf(new ReviewPeriod(PackKind.QUARTERLY, LocalDate.of(2058, 1, 1)));
        assertThat(periods).hasSize(5);
        samePerPeriod(periods);
        Map<String, Map<String, KpiValue>> q1 = customerKpis.computeAll(periods).get(periods.getFirst());
        // A, B, C, D, F bought in Q1 2058 (B's refunded order does not count; C's USD order does)
        assertThat(q1.get("customers.repurchase-rate").get("").denominator()).isGreaterThanOrEqualTo(5);
        assertThat(q1.get("customers.dormant-reactivation").get("").numerator()).isGreaterThanOrEqualTo(1);
        assertThat(q1.get("customers.at-risk-save").get("").numerator()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_running_quarter_a_yearly_pack_and_a_future_period_in_one_pass_have_the_figures_of_the_population_queries() {
        // Q4 2058 is cut at NOW; the order after NOW counts nowhere
        samePerPeriod(periodsOf(new ReviewPeriod(PackKind.QUARTERLY, LocalDate.of(2058, 10, 1))));
        List<KpiPeriod> yearly = periodsOf(new ReviewPeriod(PackKind.YEARLY, LocalDate.of(2057, 1, 1)));
        assertThat(yearly).hasSize(14);
        samePerPeriod(yearly);
        samePerPeriod(periodsOf(new ReviewPeriod(PackKind.YEARLY, LocalDate.of(2056, 1, 1))));
        KpiPeriod future = new ReviewPeriod(PackKind.QUARTERLY, LocalDate.of(2059, 1, 1)).toKpiPeriod(SHANGHAI, NOW);
        assertThat(customerKpis.computeAll(List.of(future)).get(future)).isEmpty();
        assertThat(customerKpis.compute(future)).isEmpty();
    }

    @Test
    void only_the_wanted_kpis_are_given() {
        KpiPeriod q1 = new ReviewPeriod(PackKind.QUARTERLY, LocalDate.of(2058, 1, 1)).toKpiPeriod(SHANGHAI, NOW);
        Map<String, Map<String, KpiValue>> some = customerKpis.computeAll(List.of(q1), d -> d.id().equals("customers.ltv")).get(q1);
        assertThat(some).containsOnlyKeys("customers.ltv");
        assertThat(some.get("customers.ltv")).isEqualTo(customerKpis.computeByPopulation(q1).get("customers.ltv"));
    }
}
