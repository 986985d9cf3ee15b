package com.cxops.portal.sla;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiReadModel;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.base.kpi.Stretches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SLA KPIs of several periods read in one pass (a pack's periods) are those of each period computed alone, worked
 * out by hand on clocks of August to October 2071 (no other test has clocks there); drill rows name their complaint.
 */
class SlaKpisPeriodsTest extends SpringTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String MARK = "h3-sla-periods";
    static final Instant NOW = Instant.parse("2072-01-01T00:00:00Z");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SlaKpis slaKpis;

    long customer;
    long calendar;
    /** complaint id -> number, of this test's complaints (one per clock: a complaint has one clock per kind) */
    final Map<Long, String> numbers = new java.util.HashMap<>();

    static KpiPeriod month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return KpiPeriod.of(first, first.plusMonths(1), SHANGHAI, NOW);
    }

    static LocalDateTime utc(String shanghai) {
        return LocalDateTime.ofInstant(LocalDateTime.parse(shanghai).atZone(SHANGHAI).toInstant(), ZoneOffset.UTC);
    }

    @BeforeEach
    void data() {
        String mine = "SELECT id FROM (SELECT id FROM complaint WHERE customer_name = '" + MARK + "') x";
        jdbc.update("DELETE FROM sla_clock WHERE complaint_id IN (" + mine + ")");
        jdbc.update("DELETE FROM complaint WHERE customer_name = ?", MARK);
        jdbc.update("DELETE FROM customer WHERE name = ?", MARK);
        jdbc.update("INSERT INTO customer (external_id, name) VALUES (?, ?)", unique("h3-S"), MARK);
        customer = jdbc.queryForObject("SELECT MAX(id) FROM customer WHERE name = ?", Long.class, MARK);
        calendar = jdbc.queryForObject("SELECT MIN(id) FROM sla_calendar", Long.class);
        // August: first responses met in 10, 20, 30 and 70 business minutes (one at 00:00 on 1 August), one breached;
        // a resolution target met in time. September: met in 50 (at 23:59:59 on 30 September), one still running.
        // October: met in 5.
        clock(calendar, "FIRST_RESPONSE", "2071-08-01T00:00", "2071-08-01T00:10", false, 10L);
        clock(calendar, "FIRST_RESPONSE", "2071-08-05T10:00", "2071-08-05T10:20", false, 20L);
        clock(calendar, "FIRST_RESPONSE", "2071-08-05T10:00", "2071-08-05T10:30", false, 30L);
        clock(calendar, "FIRST_RESPONSE", "2071-08-20T10:00", "2071-08-20T11:10", true, 70L);
        clock(calendar, "FIRST_RESPONSE", "2071-08-21T10:00", null, true, null);
        clock(calendar, "RESOLUTION", "2071-08-21T10:00", "2071-08-22T10:00", false, 600L);
        clock(calendar, "FIRST_RESPONSE", "2071-09-30T23:59:59", "2071-10-01T00:49:59", false, 50L);
        clock(calendar, "FIRST_RESPONSE", "2071-09-10T10:00", null, false, null);
        clock(calendar, "FIRST_RESPONSE", "2071-10-02T10:00", "2071-10-02T10:05", false, 5L);
    }

    void clock(long calendar, String kind, String started, String met, boolean breached, Long minutes) {
        String number = unique("CX-h3S-");
        jdbc.update("INSERT INTO complaint (number, customer_id, customer_name, channel, category, subject, description, spread_risk, "
                        + "tier, tier_reason, status, source, created_at, created_by) VALUES (?, ?, ?, 'APP', 'LATE_DELIVERY', 's', 'd', "
                        + "'PRIVATE', 'NORMAL', 'r', 'NEW', 'PORTAL', ?, 'test')", number, customer, MARK, utc(started));
        long complaint = jdbc.queryForObject("SELECT id FROM complaint WHERE number = ?", Long.class, number);
        numbers.put(complaint, number);
        jdbc.update("INSERT INTO sla_clock (complaint_id, kind, tier, duration_minutes, calendar_id, warning_percent, running, started_at, "
                        + "due_at, met_at, breached, business_minutes, warn_pending, breach_pending) VALUES (?, ?, 'NORMAL', 60, ?, 75, ?, ?, ?, ?, ?, ?, FALSE, FALSE)",
                complaint, kind, calendar, met == null && !breached, utc(started), utc(started).plusHours(1), met == null ? null : utc(met),
                breached, minutes);
    }

    static KpiValue overall(Map<String, Map<String, KpiValue>> f, String kpi) {
        return f.get(kpi).get(KpiReadModel.OVERALL);
    }

    @Test
    void the_periods_of_a_pack_read_together_have_the_figures_of_each_read_alone() {
        KpiPeriod q3 = KpiPeriod.of(LocalDate.of(2071, 7, 1), LocalDate.of(2071, 10, 1), SHANGHAI, NOW);
        KpiPeriod aug = month(2071, 8);
        KpiPeriod sep = month(2071, 9);
        KpiPeriod oct = month(2071, 10);
        KpiPeriod augLastYear = month(2070, 8);
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> all = slaKpis.computeAll(List.of(q3, aug, sep, oct, augLastYear));
        for (KpiPeriod p : List.of(q3, aug, sep, oct, augLastYear)) {
            assertThat(all.get(p)).as(p.firstDay().toString()).isEqualTo(slaKpis.compute(p));
        }
        // August: decided 6 (5 first responses, 1 resolution), in time 4 -> 66.7 %; first responses met [10, 20, 30, 70]:
        // median rank ceil(0.5 x 4) = 2 -> 20; p90 rank ceil(3.6) = 4 -> 70.
        Map<String, Map<String, KpiValue>> a = all.get(aug);
        assertThat(overall(a, SlaKpis.COMPLIANCE).numerator()).isEqualTo(4);
        assertThat(overall(a, SlaKpis.COMPLIANCE).denominator()).isEqualTo(6);
        assertThat(a.get(SlaKpis.COMPLIANCE).get("target:FIRST_RESPONSE").value()).isEqualByComparingTo("60.0");
        assertThat(a.get(SlaKpis.COMPLIANCE).get("target:RESOLUTION").value()).isEqualByComparingTo("100.0");
        assertThat(overall(a, SlaKpis.MEDIAN).value()).isEqualByComparingTo("20");
        assertThat(overall(a, SlaKpis.P90).value()).isEqualByComparingTo("70");
        // Q3: met [10, 20, 30, 50, 70] -> median rank 3 -> 30, p90 rank ceil(4.5) = 5 -> 70; decided 7, in time 5.
        Map<String, Map<String, KpiValue>> q = all.get(q3);
        assertThat(overall(q, SlaKpis.MEDIAN).value()).isEqualByComparingTo("30");
        assertThat(overall(q, SlaKpis.P90).value()).isEqualByComparingTo("70");
        assertThat(overall(q, SlaKpis.MEDIAN).numerator()).isEqualTo(5);
        assertThat(overall(q, SlaKpis.COMPLIANCE).numerator()).isEqualTo(5);
        assertThat(overall(q, SlaKpis.COMPLIANCE).denominator()).isEqualTo(7);
        // September alone: the clock at 23:59:59 on its last day; October: 5 only; August 2070: no data.
        assertThat(overall(all.get(sep), SlaKpis.MEDIAN).value()).isEqualByComparingTo("50");
        assertThat(overall(all.get(oct), SlaKpis.P90).value()).isEqualByComparingTo("5");
        assertThat(overall(all.get(augLastYear), SlaKpis.MEDIAN).hasData()).isFalse();
        assertThat(overall(all.get(augLastYear), SlaKpis.COMPLIANCE).hasData()).isFalse();
    }

    @Test
    void drill_rows_of_the_clocks_carry_the_complaints_number_and_customer() {
        List<DrillRow> rows = slaKpis.drill(SlaKpis.MEDIAN, "", month(2071, 8), 0, 10);
        assertThat(rows).hasSize(4).allSatisfy(r -> {
            assertThat(r.reference()).isNotNull().isEqualTo(numbers.get(r.id()));
            assertThat(r.name()).isEqualTo(MARK);
        });
        assertThat(rows).extracting(DrillRow::value).containsExactly("10", "20", "30", "70");
        assertThat(slaKpis.drillCount(SlaKpis.COMPLIANCE, "", month(2071, 8))).isEqualTo(4);
    }

    @Test
    void percentiles_from_counts_per_value_are_the_nearest_rank_of_the_sorted_values() {
        TreeMap<Long, Long> h = new TreeMap<>(Map.of(5L, 3L, 7L, 1L, 100L, 6L)); // 5 5 5 7 100 100 100 100 100 100
        assertThat(SlaKpis.percentile(h, 50).value()).isEqualByComparingTo("100"); // rank 5
        assertThat(SlaKpis.percentile(h, 30).value()).isEqualByComparingTo("5");   // rank 3
        assertThat(SlaKpis.percentile(h, 40).value()).isEqualByComparingTo("7");   // rank 4
        assertThat(SlaKpis.percentile(new TreeMap<>(), 90).hasData()).isFalse();
    }

    @Test
    void stretches_cut_the_periods_at_every_bound_and_read_no_stretch_between_them() {
        KpiPeriod aug = month(2071, 8);
        KpiPeriod sep = month(2071, 9);
        KpiPeriod q3 = KpiPeriod.of(LocalDate.of(2071, 7, 1), LocalDate.of(2071, 10, 1), SHANGHAI, NOW);
        KpiPeriod augLastYear = month(2070, 8);
        Stretches s = Stretches.of(List.of(q3, aug, sep, augLastYear));
        // bounds: 2070-08, 2070-09, 2071-07, 2071-08, 2071-09, 2071-10 -> stretches 0..4; stretch 1 (2070-09 to 2071-07) is no period's
        assertThat(s.bucketsOf(augLastYear)).containsExactly(0);
        assertThat(s.bucketsOf(q3)).containsExactly(2, 3, 4);
        assertThat(s.bucketsOf(aug)).containsExactly(3);
        assertThat(s.rangeSql("t")).isEqualTo("((t >= ? AND t < ?) OR (t >= ? AND t < ?))");
        // four inner bounds for the buckets, then two ranges
        assertThat(s.params()).hasSize(4 + 4);
        assertThat(Stretches.of(List.of(aug)).bucketSql("t")).isEqualTo("0");
    }
}
