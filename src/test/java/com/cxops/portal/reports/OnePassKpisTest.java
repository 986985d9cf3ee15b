package com.cxops.portal.reports;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.base.kpi.SqlKpiModel;
import com.cxops.portal.complaints.ComplaintKpis;
import com.cxops.portal.sla.SlaKpis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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
 * The read models that count all periods of a pack in one pass (complaints, service levels) give for every period
 * exactly the figures of their KPIs' population queries run period by period (the queries the drill-downs read), on
 * complaints of 2071 created, resolved, closed and reopened on the periods' bounds (00:00 of a month in the shop
 * zone and a second before), and on whatever else the database holds in those periods.
 */
class OnePassKpisTest extends SpringTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String MARK = "h3-one-pass";
    static final Instant NOW = Instant.parse("2071-12-15T04:00:00Z");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ComplaintKpis complaintKpis;
    @Autowired
    SlaKpis slaKpis;

    static LocalDateTime utc(String shanghai) {
        return shanghai == null ? null : LocalDateTime.ofInstant(LocalDateTime.parse(shanghai).atZone(SHANGHAI).toInstant(), ZoneOffset.UTC);
    }

    @BeforeEach
    void data() {
        String mine = "SELECT id FROM (SELECT id FROM complaint WHERE customer_name = '" + MARK + "') x";
        // another test's replay and monitor tick over every complaint may have given these complaints SLA rows
        for (String table : new String[]{"complaint_compensation", "sla_escalation", "sla_statement", "sla_pause", "sla_clock"}) {
            jdbc.update("DELETE FROM " + table + " WHERE complaint_id IN (" + mine + ")");
        }
        jdbc.update("DELETE FROM complaint WHERE customer_name = ?", MARK);
        jdbc.update("DELETE FROM customer WHERE name = ?", MARK);
        jdbc.update("INSERT INTO customer (external_id, name) VALUES (?, ?)", unique("h3-P"), MARK);
        long customer = jdbc.queryForObject("SELECT MAX(id) FROM customer WHERE name = ?", Long.class, MARK);
        String[][] rows = {
                // created, tier, resolved, closed, reopened
                {"2071-01-01T00:00", "NORMAL", "2071-01-31T23:59:59", null, null},
                {"2071-01-31T23:59:59", "MAJOR", "2071-02-01T00:00", "2071-02-03T00:00", "2071-02-02T00:00"},
                {"2071-02-10T10:00", "URGENT", null, "2071-02-11T10:00", null},
                {"2071-03-31T23:59:59", "NORMAL", "2071-04-01T00:00", null, "2071-05-01T00:00"},
                {"2071-06-01T00:00", "MAJOR", "2071-06-02T00:00", null, "2071-07-01T00:00"},
                {"2071-06-30T12:00", "URGENT", "2071-06-30T13:00", "2071-12-20T00:00", null},
                {"2071-12-14T10:00", "NORMAL", "2071-12-14T11:00", null, "2071-12-16T00:00"},
                {"2070-06-15T10:00", "NORMAL", "2071-01-05T00:00", null, null},
                {"2070-12-31T23:59:59", "URGENT", null, null, null}};
        String[] categories = {"LATE_DELIVERY", "WRONG_ITEM"};
        String[] channels = {"APP", "PHONE"};
        for (int i = 0; i < rows.length; i++) {
            String[] r = rows[i];
            String number = unique("CX-h3P-");
            jdbc.update("INSERT INTO complaint (number, customer_id, customer_name, channel, category, subject, description, spread_risk, "
                            + "tier, tier_reason, status, source, created_at, created_by, resolved_at, closed_at, reopened_at) "
                            + "VALUES (?, ?, ?, ?, ?, 's', 'd', 'PRIVATE', ?, 'r', 'NEW', 'PORTAL', ?, 'test', ?, ?, ?)",
                    number, customer, MARK, channels[i % 2], categories[i / 2 % 2], r[1], utc(r[0]), utc(r[2]), utc(r[3]), utc(r[4]));
            long complaint = jdbc.queryForObject("SELECT id FROM complaint WHERE number = ?", Long.class, number);
            jdbc.update("INSERT INTO complaint_compensation (complaint_id, kind, amount, currency, reason, created_at, created_by) VALUES (?, ?, ?, ?, 'r', ?, 'test')",
                    complaint, i % 2 == 0 ? "REFUND" : "COUPON", i == 3 ? null : 10 + i, i == 5 ? "USD" : "CNY", utc(r[0]));
        }
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

    void samePerPeriod(SqlKpiModel model, List<KpiPeriod> periods) {
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> together = model.computeAll(periods);
        for (KpiPeriod p : periods) {
            assertThat(together.get(p)).as(model.getClass().getSimpleName() + " " + p.firstDay() + " to " + p.endDay())
                    .isEqualTo(model.computeByPopulation(p));
        }
    }

    @Test
    void a_yearly_packs_periods_in_one_pass_have_the_figures_of_the_population_queries() {
        // the year 2071 is still running at NOW: its December is cut at NOW
        List<KpiPeriod> periods = periodsOf(new ReviewPeriod(PackKind.YEARLY, LocalDate.of(2071, 1, 1)));
        assertThat(periods).hasSize(14);
        samePerPeriod(complaintKpis, periods);
        samePerPeriod(slaKpis, periods);
        assertThat(complaintKpis.compute(periods.getFirst()).get("complaints.received").get("").value()).isPositive();
    }

    @Test
    void quarterly_and_monthly_packs_periods_with_a_gap_between_them_have_the_figures_of_the_population_queries() {
        samePerPeriod(complaintKpis, periodsOf(new ReviewPeriod(PackKind.QUARTERLY, LocalDate.of(2071, 4, 1))));
        samePerPeriod(complaintKpis, periodsOf(new ReviewPeriod(PackKind.MONTHLY, LocalDate.of(2071, 6, 1))));
        samePerPeriod(slaKpis, periodsOf(new ReviewPeriod(PackKind.MONTHLY, LocalDate.of(2071, 6, 1))));
        // a period in the future has no figures
        KpiPeriod future = new ReviewPeriod(PackKind.MONTHLY, LocalDate.of(2072, 2, 1)).toKpiPeriod(SHANGHAI, NOW);
        assertThat(complaintKpis.computeAll(List.of(future)).get(future)).isEmpty();
    }
}
