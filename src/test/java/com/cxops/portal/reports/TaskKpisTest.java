package com.cxops.portal.reports;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiReadModel;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.concierge.ConciergeKpis;
import com.cxops.portal.tasks.TaskKpis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static com.cxops.portal.reports.KpiFixtures.SHANGHAI;
import static com.cxops.portal.reports.KpiFixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

/** Tasks on time and win-back reach conversion on hand-built tasks of the second quarter of 2014 (Asia/Shanghai). */
class TaskKpisTest extends SpringTestBase {

    static final String MARK = "Task KPI customer";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskKpis taskKpis;
    @Autowired
    ConciergeKpis conciergeKpis;

    @BeforeEach
    void clean() {
        jdbc.update("DELETE FROM task WHERE title = ?", MARK);
        KpiFixtures.removeRowsOfCustomers(jdbc, MARK);
        KpiFixtures.removeCustomers(jdbc, MARK);
    }

    long customer() {
        jdbc.update("INSERT INTO customer (external_id, name) VALUES (?, ?)", unique("T"), MARK);
        return jdbc.queryForObject("SELECT MAX(id) FROM customer WHERE name = ?", Long.class, MARK);
    }

    void task(String type, Long customer, String due, String closed, String status) {
        KpiFixtures.task(jdbc, type, customer, MARK, status, "NORMAL", due, "2014-04-01T00:00", "test", closed);
    }

    void order(long customer, String at, String status) {
        jdbc.update("INSERT INTO customer_order (external_id, customer_id, placed_at, amount, currency, status) VALUES (?, ?, ?, 10, 'CNY', ?)",
                unique("O"), customer, utc(at), status);
    }

    @Test
    void tasks_on_time_and_win_back_reach_conversion_follow_the_catalogue() {
        KpiPeriod q2 = KpiPeriod.of(LocalDate.of(2014, 4, 1), LocalDate.of(2014, 7, 1), SHANGHAI, Instant.parse("2026-01-01T00:00:00Z"));
        long a = customer();
        long b = customer();
        long c = customer();
        // A: contacted 10 May, orders 9 June (30 days later, to the second: counts) -> converted.
        task("WIN_BACK", a, "2014-05-12T00:00", "2014-05-10T10:00", "DONE");
        order(a, "2014-06-09T10:00", "PAID");
        // B: contacted 20 May, a refunded order on 1 June only -> not converted; done after its due -> late.
        task("WIN_BACK", b, "2014-05-19T00:00", "2014-05-20T10:00", "DONE");
        order(b, "2014-06-01T10:00", "REFUNDED");
        // C: contacted 30 June, orders 31 July 10:01 (30 days and a minute later) -> not converted.
        task("WIN_BACK", c, "2014-07-01T00:00", "2014-06-30T10:00", "DONE");
        order(c, "2014-07-30T10:01", "PAID");
        // A cancelled task and one done in July are left out.
        task("WIN_BACK", a, "2014-05-12T00:00", "2014-05-11T10:00", "CANCELLED");
        task("WIN_BACK", b, "2014-07-12T00:00", "2014-07-02T10:00", "DONE");

        Map<String, Map<String, KpiValue>> all = taskKpis.compute(q2);
        // Done in Q2: three; on time (closed <= due): A's and C's -> 2 of 3 = 66.7 %.
        KpiValue onTime = all.get("tasks.on-time").get(KpiReadModel.OVERALL);
        assertThat(onTime.numerator()).isEqualTo(2);
        assertThat(onTime.denominator()).isEqualTo(3);
        assertThat(onTime.value()).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(all.get("tasks.on-time").get("type:WIN_BACK").value()).isEqualByComparingTo("66.7");
        // Reach conversion: A only of A, B, C -> 33.3 %; the drill-down gives exactly A.
        KpiValue reach = all.get("tasks.reach-conversion").get(KpiReadModel.OVERALL);
        assertThat(reach.numerator()).isEqualTo(1);
        assertThat(reach.denominator()).isEqualTo(3);
        assertThat(taskKpis.drill("tasks.reach-conversion", "", q2, 0, 10)).extracting(DrillRow::id).containsExactly(a);
        assertThat(taskKpis.drillCount("tasks.on-time", "", q2)).isEqualTo(2);
        // The concierge figures' drill-downs add up to their counts whatever else the database holds.
        conciergeKpis.compute(q2).forEach((kpi, splits) -> splits.forEach((split, v) ->
                assertThat(conciergeKpis.drillCount(kpi, split, q2)).as(kpi).isEqualTo(v.numerator())));
    }

    @Test
    void task_types_in_splits_read_as_their_names_in_the_readers_language() {
        String code = "KPI_" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        jdbc.update("INSERT INTO task_type (code, name_en, name_zh, default_due_hours, concierge, position) VALUES (?, ?, ?, 24, FALSE, 999)",
                code, "Tasting invitation", "品鉴邀请");
        Map<String, String> en = taskKpis.splitNames(java.util.Locale.ENGLISH);
        Map<String, String> zh = taskKpis.splitNames(java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(en).containsEntry("type:" + code, "Tasting invitation");
        assertThat(zh).containsEntry("type:" + code, "品鉴邀请");
        // the pack's and the workbook's label of the split: the name, not the code
        assertThat(PackWorkbook.splitLabel(k -> k, zh, "type:" + code)).isEqualTo("品鉴邀请");
        assertThat(PackWorkbook.splitLabel(k -> k, en, "layer:ACTIVE")).isEqualTo("layer.ACTIVE");
        jdbc.update("DELETE FROM task_type WHERE code = ?", code);
    }
}
