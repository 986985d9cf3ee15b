package com.cxops.portal.reports;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiReadModel;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.complaints.ComplaintKpis;
import com.cxops.portal.concierge.ConciergeKpis;
import com.cxops.portal.surveys.SurveyKpis;
import com.cxops.portal.surveys.SurveyRollups;
import com.cxops.portal.tasks.TaskKpis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.cxops.portal.reports.KpiFixtures.SHANGHAI;
import static com.cxops.portal.reports.KpiFixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drill-downs of tasks, the VIP concierge, surveys and corrective actions page by keyset: page after page from
 * the cursor after the last row gives exactly the rows of offset paging, in the same order, also where several rows
 * share their moment (the key decides), and the number of rows equals the figure. Rows of 2071 named {@link #MARK}.
 */
class DrillKeysetFeaturesTest extends SpringTestBase {

    static final String MARK = "h3-keyset";
    static final Instant NOW = Instant.parse("2072-01-01T00:00:00Z");
    static final KpiPeriod JUNE = KpiPeriod.of(LocalDate.of(2071, 6, 1), LocalDate.of(2071, 7, 1), SHANGHAI, NOW);
    static final KpiPeriod Q2 = KpiPeriod.of(LocalDate.of(2071, 4, 1), LocalDate.of(2071, 7, 1), SHANGHAI, NOW);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskKpis taskKpis;
    @Autowired
    ConciergeKpis conciergeKpis;
    @Autowired
    SurveyKpis surveyKpis;
    @Autowired
    ComplaintKpis complaintKpis;
    @Autowired
    SurveyRollups rollups;

    /** The MariaDB test database outlives a run: remove what an earlier run of this class wrote. */
    @BeforeEach
    void removeEarlierRuns() {
        String complaints = "SELECT id FROM (SELECT id FROM complaint WHERE customer_name = '" + MARK + "') y";
        KpiFixtures.removeRowsOfCustomers(jdbc, MARK);
        jdbc.update("DELETE FROM corrective_action WHERE complaint_id IN (" + complaints + ")");
        jdbc.update("DELETE FROM rca_finding WHERE complaint_id IN (" + complaints + ")");
        jdbc.update("DELETE FROM complaint WHERE customer_name = ?", MARK);
        KpiFixtures.removeCustomers(jdbc, MARK);
    }

    long customer() {
        long manager = testStaff.ensure(unique("h3-vip"), Role.VIP_MANAGER).getId();
        String ext = unique("h3-K");
        jdbc.update("INSERT INTO customer (external_id, name, membership_level, account_manager_id) VALUES (?, ?, 'GOLD', ?)", ext, MARK, manager);
        return jdbc.queryForObject("SELECT id FROM customer WHERE external_id = ?", Long.class, ext);
    }

    long task(String type, long customer, String due, String closed) {
        String ref = unique("h3-t");
        KpiFixtures.task(jdbc, type, customer, MARK, "DONE", "NORMAL", due, "2071-04-01T00:00", ref, closed);
        return jdbc.queryForObject("SELECT id FROM task WHERE created_by = ?", Long.class, ref);
    }

    /**
     * Pages of two rows from the cursor after the last row read give the offset pages' rows; their count is the
     * figure's; {@code ours} of them are this test's.
     */
    void keysetPagesAreTheOffsetPages(KpiReadModel model, String kpi, KpiPeriod p, int ours) {
        KpiValue figure = model.compute(p).get(kpi).get(KpiReadModel.OVERALL);
        long n = model.drillCount(kpi, "", p);
        assertThat(n).as(kpi + ": rows behind the figure").isEqualTo(figure.numerator());
        List<DrillRow> byOffset = model.drill(kpi, "", p, 0, (int) n + 10);
        assertThat(byOffset).as(kpi).hasSize((int) n);
        List<DrillRow> byKeyset = new ArrayList<>();
        DrillCursor cursor = DrillCursor.START;
        for (int guard = 0; guard < 10_000; guard++) {
            List<DrillRow> page = model.drillPage(kpi, "", p, cursor, 2, false);
            byKeyset.addAll(page);
            if (page.size() < 2) {
                break;
            }
            cursor = cursor.after(page);
            assertThat(cursor.keyed()).isTrue();
        }
        assertThat(byKeyset).as(kpi + ": keyset pages").isEqualTo(byOffset);
        assertThat(byKeyset.stream().map(DrillRow::key).distinct().count()).as(kpi + ": one key per row").isEqualTo(n);
        assertThat(byKeyset.stream().filter(r -> MARK.equals(r.name()))).as(kpi + ": this test's rows").hasSize(ours);
        // a page by offset in the middle equals the page after the row before it
        if (n >= 3) {
            List<DrillRow> first = model.drillPage(kpi, "", p, DrillCursor.START, 1, false);
            assertThat(model.drillPage(kpi, "", p, DrillCursor.START.after(first), 2, false))
                    .isEqualTo(model.drillPage(kpi, "", p, DrillCursor.atOffset(1), 2, false));
        }
    }

    @Test
    void task_drill_downs_page_by_keyset_on_closing_moment_and_customer() {
        long a = customer();
        long b = customer();
        long c = customer();
        // five win-back tasks done on time in June, three closed at the same second
        for (long customer : List.of(a, b, c)) {
            task("WIN_BACK", customer, "2071-06-20T00:00", "2071-06-10T10:00");
        }
        task("WIN_BACK", a, "2071-06-20T00:00", "2071-06-01T00:00");
        task("WIN_BACK", b, "2071-06-30T23:59:59", "2071-06-30T23:59:59");
        for (long customer : List.of(a, b, c)) {
            jdbc.update("INSERT INTO customer_order (external_id, customer_id, placed_at, amount, currency, status) VALUES (?, ?, ?, 10, 'CNY', 'PAID')",
                    unique("h3-O"), customer, utc("2071-06-15T10:00"));
        }
        keysetPagesAreTheOffsetPages(taskKpis, "tasks.on-time", JUNE, 5);
        keysetPagesAreTheOffsetPages(taskKpis, "tasks.reach-conversion", Q2, 3);
    }

    @Test
    void concierge_drill_downs_page_by_keyset_one_row_per_use_and_per_contact() {
        long a = customer();
        long b = customer();
        // four delivered uses, a's twice at the same second; four contacts, three at the same second
        for (String[] use : List.of(new String[]{"LOUNGE", "2071-05-10T10:00"}, new String[]{"AUTHENTICATION", "2071-05-10T10:00"})) {
            rightUse(a, use[0], use[1]);
        }
        rightUse(b, "LOUNGE", "2071-05-10T10:00");
        rightUse(b, "AUTHENTICATION", "2071-04-01T00:00");
        for (long customer : List.of(a, b, a)) {
            contact(customer, "2071-06-05T10:00");
        }
        contact(b, "2071-06-30T23:59:59");
        keysetPagesAreTheOffsetPages(conciergeKpis, "concierge.rights-usage", Q2, 4);
        keysetPagesAreTheOffsetPages(conciergeKpis, "concierge.contacts-per-vip", JUNE, 4);
    }

    void rightUse(long customer, String right, String deliveredAt) {
        long t = task("SERVICE_REQUEST", customer, deliveredAt, deliveredAt);
        jdbc.update("INSERT INTO vip_right_use (task_id, customer_id, right_id, usage_year, delivered, delivered_at, created_at, created_by) "
                        + "VALUES (?, ?, (SELECT id FROM vip_right WHERE code = ? AND membership_level = 'GOLD'), 2071, TRUE, ?, ?, 'test')",
                t, customer, right, utc(deliveredAt), utc("2071-04-01T00:00"));
    }

    void contact(long customer, String at) {
        jdbc.update("INSERT INTO contact_log (customer_id, contacted_at, channel, created_at, created_by) VALUES (?, ?, 'CALL', ?, 'test')",
                customer, utc(at), utc(at));
    }

    @Test
    void survey_drill_downs_page_by_keyset_on_answer_invitation_and_follow_up() {
        long a = customer();
        long b = customer();
        // NPS answers in Q2 (three at the same second), CSAT answers in June, follow-ups done on time in June
        List<Long> answers = new ArrayList<>();
        for (long customer : List.of(a, b, a)) {
            answers.add(answer(customer, "NPS", 9, "2071-06-03T09:00", "2071-06-03T10:00"));
        }
        answers.add(answer(b, "NPS", 3, "2071-05-01T09:00", "2071-05-01T10:00"));
        answer(a, "CSAT", 5, "2071-06-07T09:00", "2071-06-07T10:00");
        answer(b, "CSAT", 4, "2071-06-07T09:00", "2071-06-07T10:00");
        answer(a, "CSAT", 5, "2071-06-30T23:59:59", "2071-06-30T23:59:59");
        for (int i = 0; i < 3; i++) {
            long t = task("SURVEY_FOLLOW_UP", i == 1 ? b : a, "2071-06-20T00:00", "2071-06-12T10:00");
            jdbc.update("UPDATE survey_answer SET follow_up_task_id = ? WHERE id = ?", t, answers.get(i));
        }
        rollups.rebuild();
        keysetPagesAreTheOffsetPages(surveyKpis, "surveys.nps", Q2, 4);
        keysetPagesAreTheOffsetPages(surveyKpis, "surveys.csat", JUNE, 3);
        keysetPagesAreTheOffsetPages(surveyKpis, "surveys.response-rate", JUNE, 6);
        keysetPagesAreTheOffsetPages(surveyKpis, "surveys.follow-ups-on-time", JUNE, 3);
    }

    long answer(long customer, String kind, int score, String sent, String answered) {
        String hash = unique("h3-h");
        jdbc.update("INSERT INTO survey_invitation (kind, status, customer_id, token_hash, language, send_at, sent_at, answered_at, "
                        + "created_at, customer_layer, membership, vip) VALUES (?, 'ANSWERED', ?, ?, 'zh', ?, ?, ?, ?, 'ACTIVE', 'ORDINARY', FALSE)",
                kind, customer, hash, utc(sent), utc(sent), utc(answered), utc(sent));
        long inv = jdbc.queryForObject("SELECT id FROM survey_invitation WHERE token_hash = ?", Long.class, hash);
        jdbc.update("INSERT INTO survey_answer (invitation_id, kind, score, language, answered_at, customer_id, customer_layer, "
                + "membership, vip) VALUES (?, ?, ?, 'zh', ?, ?, 'ACTIVE', 'ORDINARY', FALSE)", inv, kind, score, utc(answered), customer);
        return jdbc.queryForObject("SELECT id FROM survey_answer WHERE invitation_id = ?", Long.class, inv);
    }

    @Test
    void corrective_actions_on_time_page_by_keyset_on_due_day_and_action() {
        long owner = testStaff.ensure(unique("h3-owner"), Role.MANAGER).getId();
        long cust = customer();
        String number = unique("CX-h3-");
        jdbc.update("INSERT INTO complaint (number, customer_id, customer_name, channel, category, subject, description, spread_risk, "
                        + "tier, tier_reason, status, source, created_at, created_by) VALUES (?, ?, ?, 'APP', 'LATE_DELIVERY', 's', 'd', 'PRIVATE', "
                        + "'MAJOR', 'r', 'NEW', 'PORTAL', ?, 'test')", number, cust, MARK, utc("2071-05-01T10:00"));
        long complaint = jdbc.queryForObject("SELECT id FROM complaint WHERE number = ?", Long.class, number);
        jdbc.update("INSERT INTO rca_finding (complaint_id, dimension, finding, created_at, created_by) VALUES (?, 'PROCESS', 'f', ?, 'test')",
                complaint, utc("2071-05-02T10:00"));
        long finding = jdbc.queryForObject("SELECT MAX(id) FROM rca_finding WHERE complaint_id = ?", Long.class, complaint);
        // five actions due in June and done on time, three due on the same day; one late (not behind the figure)
        for (String[] a : List.of(new String[]{"2071-06-10", "2071-06-09T10:00"}, new String[]{"2071-06-10", "2071-06-10T23:00"},
                new String[]{"2071-06-10", "2071-06-01T10:00"}, new String[]{"2071-06-01", "2071-06-01T00:00"},
                new String[]{"2071-06-30", "2071-06-30T12:00"}, new String[]{"2071-06-10", "2071-06-11T00:00"})) {
            jdbc.update("INSERT INTO corrective_action (finding_id, complaint_id, what, owner_id, due_date, status, done_at) VALUES (?, ?, ?, ?, ?, 'DONE', ?)",
                    finding, complaint, MARK, owner, Date.valueOf(a[0]), utc(a[1]));
        }
        keysetPagesAreTheOffsetPages(complaintKpis, "complaints.actions-on-time", JUNE, 5);
    }
}
