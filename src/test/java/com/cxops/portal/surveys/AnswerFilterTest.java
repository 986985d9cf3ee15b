package com.cxops.portal.surveys;

import com.cxops.portal.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers list filters by every split dimension, band, kind and period, and a drill-down from a results group
 * lists (and counts) exactly the answers behind the group's number. Fixtures: {@link AnswerFixtures}, in 2041.
 */
class AnswerFilterTest extends SurveyTestSupport {

    @Autowired
    SurveyRollups rollups;

    /** Team and agent ids no one else uses, also on a database kept from an earlier run. */
    private static final AtomicLong IDS = new AtomicLong(9_041_000_000_000L
            + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L) * 1000);

    @Autowired
    SurveyResultsService results;

    private String agentA;

    private AnswerFixtures.Ids fixtures() {
        agentA = newStaff(Role.AGENT);
        AnswerFixtures.Ids ids = new AnswerFixtures.Ids(IDS.incrementAndGet(), IDS.incrementAndGet(), staffId(agentA),
                IDS.incrementAndGet());
        AnswerFixtures.write(jdbc, customers, unique("Filter"), ids);
        rollups.rebuild(); // the fixtures go straight to the tables, past the rollups' writers
        return ids;
    }

    @Test
    void every_drill_down_lists_and_counts_the_answers_behind_its_group() {
        fixtures();
        actAsNew(Role.MANAGER);
        for (SurveyKind kind : SurveyKind.values()) {
            AnswerFilter base = AnswerFilter.of(kind, AnswerFixtures.FROM, AnswerFixtures.TO);
            long total = results.overview(kind, AnswerFixtures.FROM, AnswerFixtures.TO, null, 1).total().score().answers();
            assertThat(results.countAnswers(base)).isEqualTo(total).isGreaterThanOrEqualTo(4);
            for (SurveySplit split : SurveySplit.values()) {
                SurveyResults.Overview o = results.overview(kind, AnswerFixtures.FROM, AnswerFixtures.TO, split, 1);
                long sum = 0;
                for (SurveyResults.Group g : o.groups()) {
                    AnswerFilter drilled = base.drill(split, g.group());
                    assertThat(results.countAnswers(drilled)).as(kind + " " + split + " " + g.group()).isEqualTo(g.score().answers());
                    assertThat(results.answers(drilled, PageRequest.of(0, 1000)).getContent())
                            .as(kind + " " + split + " " + g.group()).hasSize((int) g.score().answers())
                            .allSatisfy(a -> assertThat(a.kind()).isEqualTo(kind));
                    sum += g.score().answers();
                }
                assertThat(sum).as(kind + " " + split).isEqualTo(total);
            }
        }
    }

    @Test
    void dimensions_band_kind_and_period_combine() {
        AnswerFixtures.Ids ids = fixtures();
        actAsNew(Role.MANAGER);
        AnswerFilter nps = AnswerFilter.of(SurveyKind.NPS, AnswerFixtures.FROM, AnswerFixtures.TO);
        AnswerFilter csat = AnswerFilter.of(SurveyKind.CSAT, AnswerFixtures.FROM, AnswerFixtures.TO);
        // the teams and agents are this test's own, so these counts see only its rows
        assertThat(results.countAnswers(csat.drill(SurveySplit.TEAM, Long.toString(ids.teamA())))).isEqualTo(2);
        assertThat(results.countAnswers(csat.drill(SurveySplit.TEAM, Long.toString(ids.teamA()))
                .drill(SurveySplit.AGENT, Long.toString(ids.agentA())))).isEqualTo(1);
        assertThat(results.countAnswers(csat.drill(SurveySplit.AGENT, Long.toString(ids.agentA()))
                .drill(SurveySplit.TIER, "MAJOR").drill(SurveySplit.CATEGORY, "LATE_DELIVERY")
                .drill(SurveySplit.LAYER, "HIGH_NET_WORTH").drill(SurveySplit.MEMBERSHIP, "DIAMOND")
                .drill(SurveySplit.VIP, "true"))).isEqualTo(1);
        assertThat(results.countAnswers(csat.drill(SurveySplit.TEAM, Long.toString(ids.teamA())).withBand(ScoreBand.UNHAPPY))).isEqualTo(1);
        assertThat(results.countAnswers(csat.drill(SurveySplit.TEAM, Long.toString(ids.teamA())).withBand(ScoreBand.HAPPY))).isEqualTo(1);
        assertThat(results.countAnswers(csat.drill(SurveySplit.TEAM, Long.toString(ids.teamA())).withBand(ScoreBand.NEUTRAL))).isZero();
        assertThat(results.countAnswers(csat.drill(SurveySplit.TEAM, Long.toString(ids.teamB()))
                .drill(SurveySplit.TEAM, null))).isEqualTo(results.countAnswers(csat));
        // NPS answers carry no complaint: the same team is none of theirs; the kind keeps the lists apart
        assertThat(results.countAnswers(nps.drill(SurveySplit.TEAM, Long.toString(ids.teamA())))).isZero();
        assertThat(results.countAnswers(nps.drill(SurveySplit.TIER, ""))).isEqualTo(results.countAnswers(nps));
        // the period is [from, to): a month later lists none of them
        AnswerFilter april = AnswerFilter.of(SurveyKind.CSAT, AnswerFixtures.TO, AnswerFixtures.TO.plusSeconds(30L * 86400));
        assertThat(results.countAnswers(april.drill(SurveySplit.TEAM, Long.toString(ids.teamA())))).isZero();
        assertThat(results.answers(csat.drill(SurveySplit.TEAM, Long.toString(ids.teamA())), PageRequest.of(0, 10)).getContent())
                .extracting(SurveyResults.AnswerRow::score).containsExactly(4, 1);  // newest first
    }

    @Test
    void an_agent_lists_only_the_csat_of_complaints_they_handled_whatever_the_filter_says() {
        AnswerFixtures.Ids ids = fixtures();
        actAs(agentA, Role.AGENT);
        AnswerFilter nps = AnswerFilter.of(SurveyKind.NPS, AnswerFixtures.FROM, AnswerFixtures.TO);
        assertThat(results.countAnswers(nps)).isEqualTo(2);
        assertThat(results.countAnswers(nps.drill(SurveySplit.AGENT, Long.toString(ids.agentB())))).isEqualTo(2);
        assertThat(results.answers(nps.withBand(ScoreBand.UNHAPPY), PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(SurveyKind.CSAT);
                    assertThat(a.score()).isEqualTo(1);
                    assertThat(a.agentId()).isEqualTo(ids.agentA());
                });
    }
}
