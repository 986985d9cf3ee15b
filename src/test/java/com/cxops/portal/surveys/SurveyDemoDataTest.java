package com.cxops.portal.surveys;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyDemoDataTest extends SpringTestBase {

    @Autowired
    SurveyDemoData demo;
    @Autowired
    TestCustomers customers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private double nps(String ids, String layerCondition) {
        List<Integer> scores = jdbc.queryForList("SELECT score FROM survey_answer WHERE kind = 'NPS' AND customer_id IN (" + ids + ") AND "
                + layerCondition, Integer.class);
        return NpsCalculator.ofScores(scores.stream().mapToInt(Integer::intValue).toArray(), 30).score();
    }

    @Test
    void demo_data_spreads_nps_answers_over_15_months_with_vips_higher_and_at_risk_lower() {
        List<SurveyDemoData.Cust> people = new ArrayList<>();
        CustomerLayer[] layers = {CustomerLayer.HIGH_NET_WORTH, CustomerLayer.AT_RISK, CustomerLayer.ACTIVE, CustomerLayer.REGULAR};
        for (int i = 0; i < 40; i++) {
            CustomerLayer layer = layers[i % layers.length];
            long id = customers.create(unique("Demo "), layer, false, null);
            people.add(new SurveyDemoData.Cust(id, layer, "ORDINARY", layer == CustomerLayer.HIGH_NET_WORTH));
        }
        String ids = people.stream().map(p -> Long.toString(p.id())).reduce((a, b) -> a + "," + b).orElseThrow();
        tx.executeWithoutResult(s -> demo.generate(people, List.of()));

        long answers = jdbc.queryForObject("SELECT COUNT(*) FROM survey_answer WHERE customer_id IN (" + ids + ")", Long.class);
        assertThat(answers).isBetween(3000L, 4200L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_invitation WHERE status = 'ANSWERED' AND customer_id IN (" + ids + ")",
                Long.class)).isEqualTo(answers);
        double vip = nps(ids, "vip = TRUE");
        double atRisk = nps(ids, "customer_layer = 'AT_RISK'");
        double active = nps(ids, "customer_layer = 'ACTIVE'");
        assertThat(vip).isGreaterThan(active);
        assertThat(active).isGreaterThan(atRisk);
        assertThat(jdbc.queryForObject("SELECT MIN(answered_at) FROM survey_answer WHERE customer_id IN (" + ids + ")", java.sql.Timestamp.class)
                .toInstant()).isBefore(clock.instant().minus(Duration.ofDays(430)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_answer WHERE themes IS NOT NULL AND customer_id IN (" + ids + ")",
                Long.class)).isPositive();
    }

    @Autowired
    FollowUps followUps;

    @Test
    void demo_follow_ups_older_than_a_week_are_done_half_of_the_last_week_too_and_recent_ones_stay_open() {
        testStaff.ensure(unique("m"), com.cxops.portal.base.Role.MANAGER);
        List<Long> taskIds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long c = customers.create(unique("Unhappy "), CustomerLayer.REGULAR, false, null);
            // two answers ten days old, two five days old, two answered an hour ago
            Duration age = i < 2 ? Duration.ofDays(10) : i < 4 ? Duration.ofDays(5) : Duration.ofHours(1);
            java.time.LocalDateTime at = java.time.LocalDateTime.ofInstant(clock.instant().minus(age),
                    java.time.ZoneOffset.UTC);
            String hash = unique("d");
            jdbc.update("INSERT INTO survey_invitation (kind, status, customer_id, token_hash, language, send_at, sent_at, answered_at, created_at, "
                    + "customer_layer, membership, vip) VALUES ('NPS', 'ANSWERED', ?, ?, 'zh', ?, ?, ?, ?, 'REGULAR', 'ORDINARY', FALSE)", c, hash, at, at, at, at);
            jdbc.update("INSERT INTO survey_answer (invitation_id, kind, score, language, answered_at, customer_id, customer_layer, membership, vip) "
                    + "VALUES ((SELECT id FROM survey_invitation WHERE token_hash = ?), 'NPS', 2, 'zh', ?, ?, 'REGULAR', 'ORDINARY', FALSE)", hash, at, c);
            long answer = jdbc.queryForObject("SELECT a.id FROM survey_answer a JOIN survey_invitation i ON i.id = a.invitation_id WHERE i.token_hash = ?",
                    Long.class, hash);
            taskIds.add(followUps.createFor(answer).orElseThrow());
        }
        // every one older than a week (0, 1), every second one of the last week older than two days (2, not 3);
        // 4 and 5 are recent and stay open
        assertThat(demo.finishSome(taskIds)).isEqualTo(3);
        List<java.util.Map<String, Object>> rows = jdbc.queryForList("SELECT id, status, outcome_code, outcome_note FROM task WHERE id IN ("
                + taskIds.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow() + ") ORDER BY id");
        assertThat(rows).extracting(r -> r.get("status")).containsExactly("DONE", "DONE", "DONE", "OPEN", "OPEN", "OPEN");
        assertThat(rows.get(0).get("outcome_code")).isEqualTo("RESOLVED");
        assertThat(rows.get(1).get("outcome_code")).isEqualTo("NOT_RESOLVED");
        assertThat(rows.get(2).get("outcome_code")).isEqualTo("NOT_REACHED");
        assertThat(rows.get(2).get("outcome_note")).isNotNull();
    }
}
