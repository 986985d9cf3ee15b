package com.cxops.portal.surveys;

import com.cxops.portal.base.kpi.KpiSql;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Answered invitations with chosen snapshot facts, written straight into the survey tables, for the results and the
 * answers list: four NPS and four CSAT answers in March 2041 (the surveys filter tests' own year).
 *
 * <pre>
 * NPS   layer           membership vip  score
 *       AT_RISK         ORDINARY   no   2
 *       AT_RISK         GOLD       no   9
 *       HIGH_NET_WORTH  DIAMOND    yes  10
 *       ACTIVE          ORDINARY   no   7
 * CSAT  layer           tier    category          team   agent   score
 *       AT_RISK         URGENT  LATE_DELIVERY    teamA  agentA  1
 *       AT_RISK         NORMAL  PRODUCT_QUALITY   teamA  agentB  4
 *       HIGH_NET_WORTH  MAJOR   LATE_DELIVERY    teamB  agentA  5
 *       ACTIVE          NORMAL  LATE_DELIVERY    none   none    3
 * </pre>
 */
final class AnswerFixtures {

    static final Instant FROM = Instant.parse("2041-03-01T00:00:00Z");
    static final Instant TO = Instant.parse("2041-04-01T00:00:00Z");

    record Ids(long teamA, long teamB, long agentA, long agentB) {
    }

    private AnswerFixtures() {
    }

    static void write(JdbcTemplate jdbc, TestCustomers customers, String prefix, Ids ids) {
        long c1 = customers.create(prefix + " 1", CustomerLayer.AT_RISK, false, null);
        long c2 = customers.create(prefix + " 2", CustomerLayer.AT_RISK, false, null);
        long c3 = customers.create(prefix + " 3", CustomerLayer.HIGH_NET_WORTH, true, null);
        long c4 = customers.create(prefix + " 4", CustomerLayer.ACTIVE, false, null);
        Instant at = Instant.parse("2041-03-10T09:00:00Z");
        answer(jdbc, "NPS", c1, "AT_RISK", "ORDINARY", false, 2, null, null, null, null, at);
        answer(jdbc, "NPS", c2, "AT_RISK", "GOLD", false, 9, null, null, null, null, at.plusSeconds(60));
        answer(jdbc, "NPS", c3, "HIGH_NET_WORTH", "DIAMOND", true, 10, null, null, null, null, at.plusSeconds(120));
        answer(jdbc, "NPS", c4, "ACTIVE", "ORDINARY", false, 7, null, null, null, null, at.plusSeconds(180));
        answer(jdbc, "CSAT", c1, "AT_RISK", "ORDINARY", false, 1, "URGENT", "LATE_DELIVERY", ids.teamA(), ids.agentA(), at.plusSeconds(240));
        answer(jdbc, "CSAT", c2, "AT_RISK", "GOLD", false, 4, "NORMAL", "PRODUCT_QUALITY", ids.teamA(), ids.agentB(), at.plusSeconds(300));
        answer(jdbc, "CSAT", c3, "HIGH_NET_WORTH", "DIAMOND", true, 5, "MAJOR", "LATE_DELIVERY", ids.teamB(), ids.agentA(), at.plusSeconds(360));
        answer(jdbc, "CSAT", c4, "ACTIVE", "ORDINARY", false, 3, "NORMAL", "LATE_DELIVERY", null, null, at.plusSeconds(420));
    }

    private static void answer(JdbcTemplate jdbc, String kind, long customer, String layer, String membership, boolean vip,
                               int score, String tier, String category, Long team, Long agent, Instant at) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("kind", kind);
        facts.put("customer_id", customer);
        facts.put("language", "en");
        facts.put("customer_layer", layer);
        facts.put("membership", membership);
        facts.put("vip", vip);
        facts.put("tier", tier);
        facts.put("category", category);
        facts.put("team_id", team);
        facts.put("agent_id", agent);
        Map<String, Object> invitation = new HashMap<>(facts);
        invitation.put("status", "ANSWERED");
        invitation.put("send_at", KpiSql.utc(at.minusSeconds(3600)));
        invitation.put("sent_at", KpiSql.utc(at.minusSeconds(3600)));
        invitation.put("created_at", KpiSql.utc(at.minusSeconds(3600)));
        invitation.put("answered_at", KpiSql.utc(at));
        long invitationId = new SimpleJdbcInsert(jdbc).withTableName("survey_invitation").usingGeneratedKeyColumns("id")
                .usingColumns(invitation.keySet().toArray(String[]::new)).executeAndReturnKey(invitation).longValue();
        Map<String, Object> answer = new HashMap<>(facts);
        answer.put("invitation_id", invitationId);
        answer.put("score", score);
        answer.put("answered_at", KpiSql.utc(at));
        new SimpleJdbcInsert(jdbc).withTableName("survey_answer").usingColumns(answer.keySet().toArray(String[]::new)).execute(answer);
    }
}
