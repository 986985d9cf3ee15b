package com.cxops.portal.reports;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiReadModel;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.concierge.ConciergeKpis;
import com.cxops.portal.surveys.SurveyKpis;
import com.cxops.portal.surveys.SurveyRollups;
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

/**
 * The survey and VIP concierge KPIs of docs/kpis.md on hand-built rows of 2013 (no other test writes survey answers,
 * invitations, right uses or contacts there), numbers worked out by hand in the comments. Shop zone Asia/Shanghai:
 * March 2013 is [2013-02-28T16:00Z, 2013-03-31T16:00Z).
 */
class SurveyConciergeKpisTest extends SpringTestBase {

    // not "KPI …": KpiReadModelsTest removes its customers by that prefix
    static final String MARK = "Survey KPIs 2013";
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final KpiPeriod MARCH = KpiPeriod.of(LocalDate.of(2013, 3, 1), LocalDate.of(2013, 4, 1), SHANGHAI, NOW);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SurveyKpis surveyKpis;
    @Autowired
    ConciergeKpis conciergeKpis;
    @Autowired
    SurveyRollups rollups;

    /** The MariaDB test database outlives a run: remove what an earlier run of this class wrote. */
    @BeforeEach
    void removeEarlierRuns() {
        KpiFixtures.removeRowsOfCustomers(jdbc, MARK);
        KpiFixtures.removeCustomers(jdbc, MARK);
    }

    long customer(String membership, Long accountManager) {
        String ext = unique("K");
        jdbc.update("INSERT INTO customer (external_id, name, membership_level, account_manager_id) VALUES (?, ?, ?, ?)",
                ext, MARK, membership, accountManager);
        return jdbc.queryForObject("SELECT id FROM customer WHERE external_id = ?", Long.class, ext);
    }

    long invitation(long customer, String kind, String layer, String sent, String answered) {
        String hash = unique("h");
        jdbc.update("INSERT INTO survey_invitation (kind, status, customer_id, token_hash, language, send_at, sent_at, answered_at, "
                        + "created_at, customer_layer, membership, vip) VALUES (?, ?, ?, ?, 'zh', ?, ?, ?, ?, ?, 'ORDINARY', FALSE)",
                kind, answered == null ? "SENT" : "ANSWERED", customer, hash, utc(sent), utc(sent), answered == null ? null : utc(answered),
                utc(sent), layer);
        return jdbc.queryForObject("SELECT id FROM survey_invitation WHERE token_hash = ?", Long.class, hash);
    }

    /** An invitation sent at {@code sent} and its answer at {@code answered}; returns the answer's id. */
    long answer(long customer, String kind, String layer, int score, String sent, String answered) {
        long inv = invitation(customer, kind, layer, sent, answered);
        jdbc.update("INSERT INTO survey_answer (invitation_id, kind, score, language, answered_at, customer_id, customer_layer, "
                + "membership, vip) VALUES (?, ?, ?, 'zh', ?, ?, ?, 'ORDINARY', FALSE)", inv, kind, score, utc(answered), customer, layer);
        return jdbc.queryForObject("SELECT id FROM survey_answer WHERE invitation_id = ?", Long.class, inv);
    }

    long task(String type, long customer, String due, String closed, String status) {
        String title = unique(MARK);
        KpiFixtures.task(jdbc, type, customer, title, status, "HIGH", due, "2013-02-01T00:00", "test", closed);
        return jdbc.queryForObject("SELECT id FROM task WHERE title = ?", Long.class, title);
    }

    void followUp(long answer, String due, String closed, String status, long customer) {
        long t = task("SURVEY_FOLLOW_UP", customer, due, closed, status);
        jdbc.update("UPDATE survey_answer SET follow_up_task_id = ? WHERE id = ?", t, answer);
    }

    @Test
    void nps_by_layer_csat_response_rate_and_follow_ups_on_time_follow_the_catalogue() {
        long c = customer("ORDINARY", null);
        // NPS answered in March: ACTIVE 10, 9, 7, 3 -> +100 +100 0 -100 = 100 / 4 = 25.00;
        // AT_RISK 6, 8 and 0 at 23:59:59 on 31 March (still March in the shop zone) -> -100 0 -100 = -200 / 3 = -66.67.
        answer(c, "NPS", "ACTIVE", 10, "2013-03-02T10:00", "2013-03-02T11:00");
        answer(c, "NPS", "ACTIVE", 9, "2013-03-03T10:00", "2013-03-04T11:00");
        answer(c, "NPS", "ACTIVE", 7, "2013-02-27T10:00", "2013-03-01T00:00"); // sent in February: not in March's response rate
        long active3 = answer(c, "NPS", "ACTIVE", 3, "2013-03-05T10:00", "2013-03-05T12:00");
        long risk6 = answer(c, "NPS", "AT_RISK", 6, "2013-03-06T10:00", "2013-03-06T12:00");
        answer(c, "NPS", "AT_RISK", 8, "2013-03-07T10:00", "2013-03-07T12:00");
        long risk0 = answer(c, "NPS", "AT_RISK", 0, "2013-03-30T10:00", "2013-03-31T23:59:59");
        // Outside March: a promoter at 23:59:59 on 28 February and one at 00:00 on 1 April (sent on 31 March).
        answer(c, "NPS", "ACTIVE", 10, "2013-02-27T10:00", "2013-02-28T23:59:59");
        answer(c, "NPS", "ACTIVE", 10, "2013-03-31T20:00", "2013-04-01T00:00");
        // Three NPS invitations sent in March and never answered.
        invitation(c, "NPS", "ACTIVE", "2013-03-10T10:00", null);
        invitation(c, "NPS", "ACTIVE", "2013-03-11T10:00", null);
        invitation(c, "NPS", "AT_RISK", "2013-03-31T23:00", null);
        // CSAT answered in March: 5, 4, 3, 2, 1 -> 4 or 5: 2 of 5 = 40.0 %; a 5 at 00:00 on 1 April is April's.
        answer(c, "CSAT", "REGULAR", 5, "2013-03-02T10:00", "2013-03-02T12:00");
        answer(c, "CSAT", "REGULAR", 4, "2013-03-03T10:00", "2013-03-03T12:00");
        answer(c, "CSAT", "REGULAR", 3, "2013-03-04T10:00", "2013-03-04T12:00");
        long csat2 = answer(c, "CSAT", "REGULAR", 2, "2013-03-05T10:00", "2013-03-05T12:00");
        long csat1 = answer(c, "CSAT", "REGULAR", 1, "2013-03-06T10:00", "2013-03-06T12:00");
        answer(c, "CSAT", "REGULAR", 5, "2013-03-31T22:00", "2013-04-01T00:00");
        invitation(c, "CSAT", "REGULAR", "2013-03-12T10:00", null);
        invitation(c, "CSAT", "REGULAR", "2013-03-13T10:00", null);
        // Follow-ups due in March: done before due (on time), done after due (late), open and past due (late),
        // cancelled (left out); one due at 00:00 on 1 April (April's).
        followUp(active3, "2013-03-07T12:00", "2013-03-06T09:00", "DONE", c);
        followUp(risk6, "2013-03-08T12:00", "2013-03-09T09:00", "DONE", c);
        followUp(csat2, "2013-03-07T12:00", null, "OPEN", c);
        followUp(csat1, "2013-03-08T12:00", "2013-03-08T09:00", "CANCELLED", c);
        followUp(risk0, "2013-04-01T00:00", "2013-03-31T23:59:59", "DONE", c);

        // the rows above were written straight to the tables: recount the monthly rollups the figures read
        rollups.rebuild();
        Map<String, Map<String, KpiValue>> all = surveyKpis.compute(MARCH);
        // NPS overall: 7 answers, +100 +100 0 -100 -100 0 -100 = -100 / 7 = -14.2857 -> -14.29.
        assertThat(all.get("surveys.nps").get(KpiReadModel.OVERALL).value()).isEqualByComparingTo("-14.29");
        assertThat(all.get("surveys.nps").get(KpiReadModel.OVERALL).numerator()).isEqualTo(7);
        assertThat(all.get("surveys.nps").get("layer:ACTIVE").value()).isEqualByComparingTo("25.00");
        assertThat(all.get("surveys.nps").get("layer:AT_RISK").value()).isEqualByComparingTo("-66.67");
        assertThat(all.get("surveys.nps")).doesNotContainKey("layer:REGULAR");
        assertThat(surveyKpis.drillCount("surveys.nps", "layer:AT_RISK", MARCH)).isEqualTo(3);
        assertThat(surveyKpis.drillCount("surveys.nps", "", MARCH)).isEqualTo(7);

        KpiValue csat = all.get("surveys.csat").get(KpiReadModel.OVERALL);
        assertThat(csat.value()).isEqualByComparingTo("40.0");
        assertThat(csat.numerator()).isEqualTo(2);
        assertThat(csat.denominator()).isEqualTo(5);
        assertThat(surveyKpis.drill("surveys.csat", "", MARCH, 0, 10)).extracting(r -> r.value()).containsExactly("5", "4");

        // Response rate, invitations sent in March: NPS 6 answered in March + 1 answered on 1 April + 3 never = 10,
        // answered 7 -> 70.0 %; CSAT 5 + 1 (answered in April) + 2 never = 8, answered 6 -> 75.0 %; all 13 of 18 = 72.2 %.
        Map<String, KpiValue> response = all.get("surveys.response-rate");
        assertThat(response.get("survey:NPS")).isEqualTo(new KpiValue(new BigDecimal("70.0"), 7, 10L));
        assertThat(response.get("survey:CSAT")).isEqualTo(new KpiValue(new BigDecimal("75.0"), 6, 8L));
        assertThat(response.get(KpiReadModel.OVERALL)).isEqualTo(new KpiValue(new BigDecimal("72.2"), 13, 18L));
        assertThat(surveyKpis.drillCount("surveys.response-rate", "survey:CSAT", MARCH)).isEqualTo(6);

        // Follow-ups due in March, not cancelled, done or past due: 3; on time: 1 -> 33.3 %.
        KpiValue followUps = all.get("surveys.follow-ups-on-time").get(KpiReadModel.OVERALL);
        assertThat(followUps).isEqualTo(new KpiValue(new BigDecimal("33.3"), 1, 3L));
        assertThat(surveyKpis.drillCount("surveys.follow-ups-on-time", "", MARCH)).isEqualTo(1);

        // A period without answers has no NPS (not 0): February 2013 has one promoter only -> 100.00; April 2012 none.
        KpiPeriod feb = KpiPeriod.of(LocalDate.of(2013, 2, 1), LocalDate.of(2013, 3, 1), SHANGHAI, NOW);
        assertThat(surveyKpis.compute(feb).get("surveys.nps").get(KpiReadModel.OVERALL).value()).isEqualByComparingTo("100.00");
    }

    @Test
    void rights_usage_and_contacts_per_vip_follow_the_catalogue() {
        long manager = testStaff.ensure(unique("vipkpi"), Role.VIP_MANAGER).getId();
        KpiPeriod q1 = KpiPeriod.of(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 4, 1), SHANGHAI, NOW);
        // Before this test's VIPs: nothing of 2013 is used or contacted; the VIPs already there give the base allowance.
        Map<String, Map<String, KpiValue>> before = conciergeKpis.compute(q1);
        KpiValue rightsBefore = before.get("concierge.rights-usage").get(KpiReadModel.OVERALL);
        KpiValue contactsBefore = before.get("concierge.contacts-per-vip").get(KpiReadModel.OVERALL);
        assertThat(rightsBefore.numerator()).isZero();
        assertThat(contactsBefore.numerator()).isZero();
        long baseAllowance = rightsBefore.denominator();
        long baseVipMonths = contactsBefore.denominator();

        // Two gold VIPs (allowance 2 lounge + 1 authentication + 1 private event = 4 each) and a diamond VIP (4 + 2 + 2 = 8)
        // add 16 to the yearly allowance; a customer without an account manager is no VIP.
        long gold1 = customer("GOLD", manager);
        long gold2 = customer("GOLD", manager);
        long diamond = customer("DIAMOND", manager);
        long notVip = customer("DIAMOND", null);
        // Uses: delivered in 2013 before the end of Q1 (3: gold1 twice, diamond once); delivered on 1 April 00:00 (after
        // E); requested but not delivered; delivered in 2012 -> Q1 2013 numerator 3.
        use(gold1, "GOLD", "LOUNGE", 2013, "2013-01-10T10:00");
        use(gold1, "GOLD", "AUTHENTICATION", 2013, "2013-03-31T23:59:59");
        use(diamond, "DIAMOND", "LOUNGE", 2013, "2013-02-10T10:00");
        use(gold2, "GOLD", "LOUNGE", 2013, "2013-04-01T00:00");
        use(gold2, "GOLD", "PRIVATE_EVENT", 2013, null);
        use(diamond, "DIAMOND", "LOUNGE", 2012, "2012-12-31T10:00");
        // Contacts of VIPs in Q1: 4 (two of gold1, one of gold2, one of diamond at 23:59:59 on 31 March); left out: one of
        // the customer without a manager, one at 00:00 on 1 January 2013 minus a second (2012), one on 1 April.
        contact(gold1, "2013-01-05T10:00");
        contact(gold1, "2013-02-05T10:00");
        contact(gold2, "2013-03-05T10:00");
        contact(diamond, "2013-03-31T23:59:59");
        contact(notVip, "2013-02-05T10:00");
        contact(diamond, "2012-12-31T23:59:59");
        contact(diamond, "2013-04-01T00:00");

        Map<String, Map<String, KpiValue>> all = conciergeKpis.compute(q1);
        KpiValue rights = all.get("concierge.rights-usage").get(KpiReadModel.OVERALL);
        assertThat(rights.numerator()).isEqualTo(3);
        assertThat(rights.denominator()).isEqualTo(baseAllowance + 16);
        assertThat(rights.value()).isEqualByComparingTo(BigDecimal.valueOf(300).divide(BigDecimal.valueOf(baseAllowance + 16), 1,
                java.math.RoundingMode.HALF_UP));
        assertThat(conciergeKpis.drill("concierge.rights-usage", "", q1, 0, 10)).extracting(r -> r.id())
                .containsExactlyInAnyOrder(gold1, gold1, diamond);

        // Contacts per VIP per month: 4 contacts / ((VIPs before + 3) x 3 months).
        KpiValue contacts = all.get("concierge.contacts-per-vip").get(KpiReadModel.OVERALL);
        assertThat(contacts.numerator()).isEqualTo(4);
        assertThat(contacts.denominator()).isEqualTo(baseVipMonths + 3 * 3);
        assertThat(contacts.value()).isEqualByComparingTo(BigDecimal.valueOf(4).divide(BigDecimal.valueOf(baseVipMonths + 9), 2,
                java.math.RoundingMode.HALF_UP));
        assertThat(conciergeKpis.drillCount("concierge.contacts-per-vip", "", q1)).isEqualTo(4);
        // One month (March): gold2's and diamond's contacts -> 2 / (VIPs x 1).
        KpiValue march = conciergeKpis.compute(MARCH).get("concierge.contacts-per-vip").get(KpiReadModel.OVERALL);
        assertThat(march.numerator()).isEqualTo(2);
        assertThat(march.denominator()).isEqualTo((baseVipMonths + 9) / 3);
    }

    void use(long customer, String level, String right, int year, String deliveredAt) {
        long task = task("SERVICE_REQUEST", customer, "2013-01-01T00:00", deliveredAt, deliveredAt == null ? "OPEN" : "DONE");
        jdbc.update("INSERT INTO vip_right_use (task_id, customer_id, right_id, usage_year, delivered, delivered_at, created_at, created_by) "
                        + "VALUES (?, ?, (SELECT id FROM vip_right WHERE code = ? AND membership_level = ?), ?, ?, ?, ?, 'test')",
                task, customer, right, level, year, deliveredAt != null, deliveredAt == null ? null : utc(deliveredAt), utc("2012-12-01T00:00"));
    }

    void contact(long customer, String at) {
        jdbc.update("INSERT INTO contact_log (customer_id, contacted_at, channel, created_at, created_by) VALUES (?, ?, 'CALL', ?, 'test')",
                customer, utc(at), utc(at));
    }
}
