package com.cxops.portal.reports;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiReadModel;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.complaints.ComplaintKpis;
import com.cxops.portal.customers.CustomerKpis;
import com.cxops.portal.sla.SlaKpis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each KPI of docs/kpis.md on a small hand-built data set in 2012 (a leap year; no other test writes there), with the
 * numbers worked out by hand in the comments. Shop zone Asia/Shanghai (+08:00, the default): the first quarter of 2012
 * is [2011-12-31T16:00Z, 2012-03-31T16:00Z).
 */
class KpiReadModelsTest extends SpringTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CustomerKpis customerKpis;
    @Autowired
    ComplaintKpis complaintKpis;
    @Autowired
    SlaKpis slaKpis;

    static Instant sh(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    /**
     * The MariaDB test database outlives a run: remove what an earlier run of this class wrote (customers named
     * "KPI ...", complaints of customer name "KPI"), so that its year holds only this run's rows.
     */
    @org.junit.jupiter.api.BeforeEach
    void removeEarlierRuns() {
        String complaints = "SELECT id FROM complaint WHERE customer_name = 'KPI'";
        String customers = "SELECT id FROM customer WHERE name LIKE 'KPI %'";
        for (String table : List.of("sla_clock", "complaint_compensation", "corrective_action", "rca_finding")) {
            jdbc.update("DELETE FROM " + table + " WHERE complaint_id IN (SELECT id FROM (" + complaints + ") x)");
        }
        jdbc.update("DELETE FROM complaint WHERE customer_name = 'KPI'");
        jdbc.update("DELETE FROM customer_layer_change WHERE customer_id IN (SELECT id FROM (" + customers + ") x)");
        jdbc.update("DELETE FROM customer_order WHERE customer_id IN (SELECT id FROM (" + customers + ") x)");
        jdbc.update("DELETE FROM customer WHERE name LIKE 'KPI %'");
    }

    long customer(String name) {
        jdbc.update("INSERT INTO customer (external_id, name) VALUES (?, ?)", unique("K"), "KPI " + name);
        return jdbc.queryForObject("SELECT MAX(id) FROM customer", Long.class);
    }

    void layer(long customer, String from, String to, String at) {
        jdbc.update("INSERT INTO customer_layer_change (customer_id, from_layer, to_layer, changed_at) VALUES (?, ?, ?, ?)",
                customer, from, to, utc(sh(at)));
    }

    void order(long customer, String at, String amount, String currency, String status) {
        jdbc.update("INSERT INTO customer_order (external_id, customer_id, placed_at, amount, currency, status) VALUES (?, ?, ?, ?, ?, ?)",
                unique("O"), customer, utc(sh(at)), new BigDecimal(amount), currency, status);
    }

    static BigDecimal dec(String v) {
        return new BigDecimal(v);
    }

    static KpiValue overall(Map<String, Map<String, KpiValue>> all, String kpi) {
        return all.get(kpi).get(KpiReadModel.OVERALL);
    }

    @Test
    void customer_kpis_of_a_quarter_follow_the_catalogue() {
        KpiPeriod q1 = KpiPeriod.of(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 4, 1), SHANGHAI, Instant.parse("2026-01-01T00:00:00Z"));
        Map<String, Map<String, KpiValue>> before = customerKpis.compute(q1);

        // A: dormant at the start, buys on the leap day, then turns active: reactivated.
        long a = customer("A dormant comes back");
        layer(a, null, "DORMANT", "2011-06-01T03:00");
        order(a, "2012-02-29T10:00", "100.00", "CNY", "PAID");
        layer(a, "DORMANT", "ACTIVE", "2012-03-01T03:00");
        // B: dormant; only a refunded order in the quarter, and a paid one exactly at the quarter's end (the next one).
        long b = customer("B dormant refunded");
        layer(b, null, "DORMANT", "2011-06-01T03:00");
        order(b, "2012-02-01T10:00", "500.00", "CNY", "REFUNDED");
        order(b, "2012-04-01T00:00", "40.00", "CNY", "PAID");
        // C: at risk; buys at the quarter's first instant (midnight in the shop zone) and 14 days later: saved.
        long c = customer("C at risk saved");
        layer(c, null, "AT_RISK", "2011-11-01T03:00");
        order(c, "2012-01-01T00:00", "200.00", "CNY", "PAID");
        order(c, "2012-01-15T12:00", "300.00", "CNY", "PAID");
        // D: active; one order one second before the quarter, one in its last second, one in another currency.
        long d = customer("D active");
        layer(d, null, "ACTIVE", "2011-10-01T03:00");
        order(d, "2011-12-31T23:59:59", "50.00", "CNY", "PAID");
        order(d, "2012-03-31T23:59:59", "70.00", "CNY", "PAID");
        order(d, "2011-11-11T11:00", "999.00", "USD", "PAID");
        // E: not classified at the start; new from 10 Feb; a second order 39 days after the first.
        long e = customer("E new");
        layer(e, null, "NEW", "2012-02-10T03:00");
        order(e, "2012-02-10T09:00", "80.00", "CNY", "PAID");
        order(e, "2012-03-20T09:00", "20.00", "CNY", "PAID");

        Map<String, Map<String, KpiValue>> all = customerKpis.compute(q1);
        assertThat(before.get("customers.repurchase-rate").get(KpiReadModel.OVERALL).hasData()).isFalse();

        // Buyers with a paid order in the quarter: A(1), C(2), D(1, the USD one is earlier), E(2) -> 2 of 4 = 50.0 %.
        KpiValue repurchase = overall(all, "customers.repurchase-rate");
        assertThat(repurchase.value()).isEqualByComparingTo("50.0");
        assertThat(repurchase.numerator()).isEqualTo(2);
        assertThat(repurchase.denominator()).isEqualTo(4);
        // By layer at the start: DORMANT A 0/1, AT_RISK C 1/1, ACTIVE D 0/1, not classified E 1/1.
        assertThat(all.get("customers.repurchase-rate").get("layer:DORMANT").value()).isEqualByComparingTo("0.0");
        assertThat(all.get("customers.repurchase-rate").get("layer:AT_RISK").value()).isEqualByComparingTo("100.0");
        assertThat(all.get("customers.repurchase-rate").get("layer:ACTIVE").value()).isEqualByComparingTo("0.0");
        assertThat(all.get("customers.repurchase-rate").get("layer:NONE").value()).isEqualByComparingTo("100.0");

        // 30-day: A (29 Feb, no other: no), C (1 Jan, 15 Jan: yes), E (10 Feb, 20 Mar is 39 days: no); D's first
        // order in the quarter is in its last second, less than 30 days before its end: not counted -> 1 of 3.
        KpiValue r30 = overall(all, "customers.repurchase-30d");
        assertThat(r30.numerator()).isEqualTo(1);
        assertThat(r30.denominator()).isEqualTo(3);
        assertThat(r30.value()).isEqualByComparingTo("33.3");

        // Dormant at the start: A, B; A bought -> 50.0 %. At risk at the start: C, who bought -> 100.0 %.
        assertThat(overall(all, "customers.dormant-reactivation").value()).isEqualByComparingTo("50.0");
        assertThat(overall(all, "customers.at-risk-save").value()).isEqualByComparingTo("100.0");
        List<DrillRow> reactivated = customerKpis.drill("customers.dormant-reactivation", "", q1, 0, 50);
        assertThat(reactivated).extracting(DrillRow::id).containsExactly(a);
        assertThat(customerKpis.drillCount("customers.dormant-reactivation", "", q1)).isEqualTo(1);

        // LTV at the end, CNY only, paid before the end: A 100, C 500, D 120, E 100 (B has none) -> 820 / 4 = 205.00;
        // by layer at the end: ACTIVE A and D -> 110.00.
        assertThat(overall(all, "customers.ltv").value()).isEqualByComparingTo("205.00");
        assertThat(all.get("customers.ltv").get("layer:ACTIVE").value()).isEqualByComparingTo("110.00");
        assertThat(customerKpis.drillCount("customers.ltv", "layer:ACTIVE", q1)).isEqualTo(2);

        // Migration start -> end: A DORMANT>ACTIVE, B DORMANT>DORMANT, C AT_RISK>AT_RISK, D ACTIVE>ACTIVE, E NONE>NEW.
        Map<String, KpiValue> migration = all.get("customers.migration");
        assertThat(migration.get("migration:DORMANT>ACTIVE").value()).isEqualByComparingTo("1");
        assertThat(migration.get("migration:NONE>NEW").value()).isEqualByComparingTo("1");
        assertThat(customerKpis.drill("customers.migration", "migration:DORMANT>ACTIVE", q1, 0, 10)).extracting(DrillRow::id).containsExactly(a);
        assertThat(all.get("customers.layer-count").get("layer:ACTIVE").value()).isEqualByComparingTo("2");

        // Every count of every split equals its drill-down.
        all.forEach((kpi, splits) -> splits.forEach((split, v) -> {
            if (v.hasData()) {
                assertThat(customerKpis.drillCount(kpi, split, q1)).as(kpi + " " + split).isEqualTo(v.numerator());
            }
        }));
    }

    @Test
    void a_future_period_has_no_data() {
        KpiPeriod future = KpiPeriod.of(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 4, 1), SHANGHAI, Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(customerKpis.compute(future)).isEmpty();
        assertThat(complaintKpis.compute(future)).isEmpty();
        assertThat(complaintKpis.drillCount("complaints.received", "", future)).isZero();
    }

    long complaint(long customer, String created, String tier, String channel, String category) {
        String number = unique("CX-K-");
        jdbc.update("INSERT INTO complaint (number, customer_id, customer_name, channel, category, subject, description, spread_risk, "
                        + "tier, tier_reason, status, source, created_at, created_by) VALUES (?, ?, 'KPI', ?, ?, 's', 'd', 'PRIVATE', ?, 'r', 'NEW', 'PORTAL', ?, 'test')",
                number, customer, channel, category, tier, utc(sh(created)));
        return jdbc.queryForObject("SELECT id FROM complaint WHERE number = ?", Long.class, number);
    }

    void set(long complaint, String column, String at) {
        jdbc.update("UPDATE complaint SET " + column + " = ? WHERE id = ?", utc(sh(at)), complaint);
    }

    long finding(long complaint, String dimension) {
        jdbc.update("INSERT INTO rca_finding (complaint_id, dimension, finding, created_at, created_by) VALUES (?, ?, 'f', ?, 'test')",
                complaint, dimension, utc(sh("2012-02-12T10:00")));
        return jdbc.queryForObject("SELECT MAX(id) FROM rca_finding", Long.class);
    }

    void action(long finding, long complaint, long owner, String due, String status, String doneAt) {
        jdbc.update("INSERT INTO corrective_action (finding_id, complaint_id, what, owner_id, due_date, status, done_at) VALUES (?, ?, 'w', ?, ?, ?, ?)",
                finding, complaint, owner, Date.valueOf(due), status, doneAt == null ? null : utc(sh(doneAt)));
    }

    @Test
    void complaint_and_sla_kpis_of_a_leap_february_follow_the_catalogue() {
        KpiPeriod feb = KpiPeriod.of(LocalDate.of(2012, 2, 1), LocalDate.of(2012, 3, 1), SHANGHAI, Instant.parse("2026-01-01T00:00:00Z"));
        long owner = testStaff.ensure(unique("owner"), Role.MANAGER).getId();
        long cust = customer("K complainant");
        // c1 at the month's first instant: resolved on the 2nd, reopened on the 5th.
        long c1 = complaint(cust, "2012-02-01T00:00", "NORMAL", "APP", "LATE_DELIVERY");
        set(c1, "resolved_at", "2012-02-02T10:00");
        set(c1, "reopened_at", "2012-02-05T10:00");
        // c2 in the last second of the 29th: open.
        long c2 = complaint(cust, "2012-02-29T23:59:59", "URGENT", "SOCIAL_MEDIA", "LATE_DELIVERY");
        // c3 at midnight of 1 March: next month.
        complaint(cust, "2012-03-01T00:00", "NORMAL", "APP", "OTHER");
        // c4 major: acknowledged after 20 min, resolved only in March; RCA complete (3 dimensions, each with an action).
        long c4 = complaint(cust, "2012-02-10T08:00", "MAJOR", "SOCIAL_MEDIA", "PRODUCT_SAFETY");
        set(c4, "exec_ack_at", "2012-02-10T08:20");
        set(c4, "resolved_at", "2012-03-05T08:00");
        long f1 = finding(c4, "PROCESS");
        long f2 = finding(c4, "SYSTEM");
        long f3 = finding(c4, "PEOPLE");
        action(f1, c4, owner, "2012-02-15", "DONE", "2012-02-15T23:30");      // on time (before the end of its day in Shanghai)
        action(f2, c4, owner, "2012-02-16", "DONE", "2012-02-17T00:10");      // late by ten minutes
        action(f3, c4, owner, "2012-02-20", "OPEN", null);                    // overdue: decided, not on time
        action(f3, c4, owner, "2012-03-01", "OPEN", null);                    // due next month
        // c5 major: acknowledged after 50 min, closed on the 20th; RCA with two dimensions only.
        long c5 = complaint(cust, "2012-02-11T08:00", "MAJOR", "PHONE", "LEGAL_REGULATORY");
        set(c5, "exec_ack_at", "2012-02-11T08:50");
        set(c5, "closed_at", "2012-02-20T08:00");
        long f4 = finding(c5, "PROCESS");
        finding(c5, "SYSTEM");
        action(f4, c5, owner, "2012-03-10", "OPEN", null);
        jdbc.update("INSERT INTO complaint_compensation (complaint_id, kind, amount, currency, reason, created_at, created_by) VALUES (?, ?, ?, ?, 'r', ?, 't')",
                c1, "COUPON", new BigDecimal("10.00"), "CNY", utc(sh("2012-02-03T10:00")));
        jdbc.update("INSERT INTO complaint_compensation (complaint_id, kind, amount, currency, reason, created_at, created_by) VALUES (?, ?, ?, ?, 'r', ?, 't')",
                c1, "POINTS", null, null, utc(sh("2012-02-03T11:00")));
        jdbc.update("INSERT INTO complaint_compensation (complaint_id, kind, amount, currency, reason, created_at, created_by) VALUES (?, ?, ?, ?, 'r', ?, 't')",
                c5, "REFUND", new BigDecimal("5.00"), "USD", utc(sh("2012-02-21T11:00")));

        Map<String, Map<String, KpiValue>> all = complaintKpis.compute(feb);
        // Received: c1, c2, c4, c5 (c3 is March) -> 4; NORMAL 1, URGENT 1, MAJOR 2.
        assertThat(overall(all, "complaints.received").value()).isEqualByComparingTo("4");
        assertThat(all.get("complaints.received").get("tier:MAJOR").value()).isEqualByComparingTo("2");
        assertThat(all.get("complaints.received-by-channel").get("channel:SOCIAL_MEDIA").value()).isEqualByComparingTo("2");
        assertThat(complaintKpis.drill("complaints.received", "tier:MAJOR", feb, 0, 10)).extracting(DrillRow::id).containsExactly(c4, c5);
        // Resolved or closed by the month's end: c1 and c5 (c4 only in March) -> 2 of 4 = 50.0 %.
        assertThat(overall(all, "complaints.resolution-rate").value()).isEqualByComparingTo("50.0");
        // Of those resolved (c1, c5), c1 reopened -> 50.0 %.
        assertThat(overall(all, "complaints.reopen-rate").value()).isEqualByComparingTo("50.0");
        assertThat(overall(all, "complaints.major").value()).isEqualByComparingTo("2");
        // Acknowledgement minutes [20, 50]: median rank ceil(0.5 x 2) = 1 -> 20; p90 rank ceil(1.8) = 2 -> 50.
        assertThat(overall(all, "complaints.exec-ack-median").value()).isEqualByComparingTo("20");
        assertThat(overall(all, "complaints.exec-ack-p90").value()).isEqualByComparingTo("50");
        // RCA complete: c4 of c4, c5 -> 50.0 %.
        assertThat(overall(all, "complaints.rca-complete").value()).isEqualByComparingTo("50.0");
        // Actions due in February: on time 1 of 3 decided -> 33.3 %.
        KpiValue onTime = overall(all, "complaints.actions-on-time");
        assertThat(onTime.numerator()).isEqualTo(1);
        assertThat(onTime.denominator()).isEqualTo(3);
        assertThat(onTime.value()).isEqualByComparingTo("33.3");
        assertThat(complaintKpis.drillCount("complaints.actions-on-time", "", feb)).isEqualTo(1);
        // Compensation: 3 entries (COUPON, POINTS, REFUND); money in CNY only: 10.00.
        assertThat(overall(all, "complaints.compensation-count").value()).isEqualByComparingTo("3");
        assertThat(all.get("complaints.compensation-count").get("kind:COUPON").value()).isEqualByComparingTo("1");
        assertThat(overall(all, "complaints.compensation-amount").value()).isEqualByComparingTo("10.00");
        all.forEach((kpi, splits) -> splits.forEach((split, v) -> {
            if (v.hasData()) {
                assertThat(complaintKpis.drillCount(kpi, split, feb)).as(kpi + " " + split).isEqualTo(v.numerator());
            }
        }));

        // Service levels: four first-response clocks started in February.
        long calendar = jdbc.queryForObject("SELECT MIN(id) FROM sla_calendar", Long.class);
        clockRow(c1, calendar, "2012-02-01T00:00", "2012-02-01T02:00", "2012-02-01T00:30", false, 30L);  // met in time
        clockRow(c2, calendar, "2012-02-29T23:59:59", "2012-03-01T00:30", "2012-03-01T02:00", true, 200L);  // met late: breached at due
        clockRow(c4, calendar, "2012-02-10T08:00", "2012-02-10T08:30", null, true, null);             // breached
        clockRow(c5, calendar, "2012-02-11T08:00", "2012-02-11T08:30", null, false, null);            // still running: undecided
        Map<String, Map<String, KpiValue>> sla = slaKpis.compute(feb);
        // Decided: 3; on time: 1 -> 33.3 %.
        assertThat(overall(sla, "sla.compliance").numerator()).isEqualTo(1);
        assertThat(overall(sla, "sla.compliance").denominator()).isEqualTo(3);
        assertThat(sla.get("sla.compliance").get("target:FIRST_RESPONSE").value()).isEqualByComparingTo("33.3");
        // First response business minutes of the met clocks [30, 200]: median 30, p90 200.
        assertThat(overall(sla, "sla.first-response-median").value()).isEqualByComparingTo("30");
        assertThat(overall(sla, "sla.first-response-p90").value()).isEqualByComparingTo("200");
        assertThat(slaKpis.drill("sla.compliance", "", feb, 0, 10)).extracting(DrillRow::id).containsExactly(c1);
    }

    void clockRow(long complaint, long calendar, String started, String due, String met, boolean breached, Long minutes) {
        jdbc.update("INSERT INTO sla_clock (complaint_id, kind, tier, duration_minutes, calendar_id, warning_percent, running, started_at, "
                        + "due_at, met_at, breached, business_minutes, warn_pending, breach_pending) VALUES (?, 'FIRST_RESPONSE', 'NORMAL', 30, ?, 75, ?, ?, ?, ?, ?, ?, FALSE, FALSE)",
                complaint, calendar, met == null && !breached, utc(sh(started)), utc(sh(due)), met == null ? null : utc(sh(met)), breached, minutes);
    }
}
