package com.cxops.portal.bench;

import com.cxops.portal.SpringTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey generator on a small shop of its own (in 2041): exactly 0.3 answers per complaint, CSAT answers carrying
 * their complaint's facts, and nothing more on a second run (it adds surveys only to a shop without answers).
 */
class SurveyGeneratorTest extends SpringTestBase {

    @Autowired
    ApplicationContext spring;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void surveys_are_added_once_with_the_facts_of_their_customers_and_complaints() throws Exception {
        clock.set(Instant.parse("2041-07-01T02:00:00Z"));
        String prefix = unique("sg") + "-";
        // a shop generated with its surveys, then the surveys alone again: nothing more
        new ShopGenerator(dataSource, new Scale(120, 600, 200, 6, 2, 1), clock.instant(), prefix, 41,
                BenchSupport.slaReplay(spring)).generate();
        String answers = "SELECT COUNT(*) FROM survey_answer a JOIN customer c ON c.id = a.customer_id WHERE c.external_id LIKE ?";
        String invitations = "SELECT COUNT(*) FROM survey_invitation i JOIN customer c ON c.id = i.customer_id WHERE c.external_id LIKE ?";
        assertThat(jdbc.queryForObject(answers, Long.class, prefix + "C%")).isEqualTo(60);
        assertThat(jdbc.queryForObject(answers + " AND a.kind = 'CSAT'", Long.class, prefix + "C%")).isEqualTo(36);
        assertThat(jdbc.queryForObject(invitations + " AND i.kind = 'CSAT'", Long.class, prefix + "C%")).isEqualTo(120);
        assertThat(jdbc.queryForObject(invitations + " AND i.kind = 'NPS'", Long.class, prefix + "C%")).isEqualTo(120);
        assertThat(jdbc.queryForObject(invitations + " AND i.status = 'ANSWERED'", Long.class, prefix + "C%")).isEqualTo(60);

        // a CSAT answer copies its complaint's tier, category, team and agent, and answers after the resolution
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_answer a JOIN complaint k ON k.id = a.complaint_id "
                + "WHERE k.number LIKE ? AND (a.tier <> k.tier OR a.category <> k.category OR a.customer_id <> k.customer_id "
                + "OR COALESCE(a.team_id, 0) <> COALESCE(k.team_id, 0) OR COALESCE(a.agent_id, 0) <> COALESCE(k.assignee_id, 0) "
                + "OR a.answered_at <= k.resolved_at)", Long.class, prefix + "CX-%")).isZero();
        // every answer has its invitation, answered at the same moment, and scores on its scale
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_answer a JOIN survey_invitation i ON i.id = a.invitation_id "
                + "JOIN customer c ON c.id = a.customer_id WHERE c.external_id LIKE ? AND i.answered_at = a.answered_at "
                + "AND i.kind = a.kind AND ((a.kind = 'NPS' AND a.score BETWEEN 0 AND 10) OR (a.kind = 'CSAT' AND a.score BETWEEN 1 AND 5))",
                Long.class, prefix + "C%")).isEqualTo(60);
        Map<String, Object> customers = jdbc.queryForMap("SELECT COUNT(*) AS n, MAX(sc.last_invited_at) AS last FROM survey_customer sc "
                + "JOIN customer c ON c.id = sc.customer_id WHERE c.external_id LIKE ?", prefix + "C%");
        assertThat(((Number) customers.get("n")).longValue()).isPositive();

        SurveyGenerator again = new SurveyGenerator(dataSource, clock.instant(), prefix, 41);
        assertThat(again.hasAnswers()).isTrue();
        assertThat(again.generate().answers()).isZero();
        assertThat(jdbc.queryForObject(answers, Long.class, prefix + "C%")).isEqualTo(60);
        assertThat(jdbc.queryForObject(invitations, Long.class, prefix + "C%")).isEqualTo(240);
    }
}
