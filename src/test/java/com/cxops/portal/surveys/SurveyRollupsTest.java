package com.cxops.portal.surveys;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.customers.CustomerLayer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly survey rollups give the same results and pack figures as counting the answers and invitations live,
 * and the rows kept in step by the writes equal a rebuild from the raw tables — also after answers recorded at once.
 * Data of 2042 written through the portal (invitations sent by the sender, answers through the public page), so
 * nothing here is written straight to the tables; a rerun over the same database only adds more of it.
 */
class SurveyRollupsTest extends SurveyTestSupport {

    private static final CustomerLayer[] LAYERS = CustomerLayer.values();

    @Autowired
    SurveyResultsService results;
    @Autowired
    SurveyKpis kpis;
    @Autowired
    SurveyRollups rollups;
    @Autowired
    ShopSettings shop;

    private Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(shop.zone()).toInstant();
    }

    /** The same call with the rollups set aside: the state names another zone, so every reader counts live. */
    private <T> T live(Supplier<T> call) {
        String zone = jdbc.queryForObject("SELECT zone FROM survey_rollup_state WHERE id = 1", String.class);
        jdbc.update("UPDATE survey_rollup_state SET zone = 'Live/Check' WHERE id = 1");
        try {
            return call.get();
        } finally {
            jdbc.update("UPDATE survey_rollup_state SET zone = ? WHERE id = 1", zone);
        }
    }

    /** An overview as comparable text: groups sorted by their value (ties in size may come in any order). */
    private static String text(SurveyResults.Overview o) {
        StringBuilder b = new StringBuilder(group(o.total())).append('\n');
        o.groups().stream().map(SurveyRollupsTest::group).sorted().forEach(g -> b.append(g).append('\n'));
        o.trend().forEach(m -> b.append(m.month()).append(' ').append(m.score()).append('\n'));
        return b.toString();
    }

    private static String group(SurveyResults.Group g) {
        return g.group() + " " + g.score() + " " + Arrays.toString(g.distribution()) + " sent " + g.sent() + " answered " + g.answeredOfSent();
    }

    private List<String> rows2042() {
        return jdbc.query("SELECT kind, dimension, month_key, grp, sent, answered, s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 "
                + "FROM survey_rollup WHERE month_key >= 204112 AND month_key <= 204212 ORDER BY kind, dimension, month_key, grp", (rs, i) -> {
            StringBuilder b = new StringBuilder();
            for (int c = 1; c <= 17; c++) {
                b.append(rs.getString(c)).append(' ');
            }
            return b.toString();
        });
    }

    /** An NPS invitation to a new customer of the layer, sent at {@code at}; returns its token. */
    private String npsSentAt(Instant at, CustomerLayer layer, boolean vip) {
        clock.set(at);
        long c = customers.create(unique("Rollup"), layer, vip, null);
        return sentNps(c);
    }

    private void answerAt(Instant at, String token, int score) {
        clock.set(at);
        assertThat(publicSurveys.answer(token, Integer.toString(score), null, "zh", "10.42.0.1"))
                .isInstanceOf(PublicSurveyService.Outcome.Saved.class);
    }

    @Test
    void results_and_pack_figures_from_the_rollups_equal_the_live_count_for_whole_months_edges_and_splits() {
        actAsNew(Role.MANAGER);
        // NPS: one invitation every 2 days 5 hours from 3 January 2042 over layers and VIP marks; most answered an hour
        // later, every third after 9 days (often in the next month), every fifth never
        Instant first = local("2042-01-03T09:00");
        for (int i = 0; i < 45; i++) {
            Instant sent = first.plus(Duration.ofHours(53L * i));
            String token = npsSentAt(sent, LAYERS[i % LAYERS.length], i % 7 == 0);
            if (i % 5 != 4) {
                answerAt(sent.plus(i % 3 == 0 ? Duration.ofDays(9) : Duration.ofHours(1)), token, (i * 7) % 11);
            }
        }
        // CSAT: resolved complaints (tier, category, team and agent on the invitation), answered 1..5 a day after
        for (int j = 0; j < 12; j++) {
            clock.set(local("2042-01-20T10:00").plus(Duration.ofDays(6L * j)));
            long c = customers.create(unique("Rollup CSAT"), LAYERS[j % LAYERS.length], j % 4 == 0, null);
            resolvedComplaint(c);
            clock.advance(Duration.ofDays(1));
            sendDue();
            if (j % 6 != 5) {
                answerAt(clock.instant().plus(Duration.ofHours(2)), tokenFromMail(c), 1 + j % 5);
            }
        }
        clock.set(local("2042-06-01T00:00"));
        List<Instant[]> periods = List.of(
                new Instant[]{local("2042-01-01T00:00"), local("2042-04-01T00:00")},  // the quarter
                new Instant[]{local("2042-02-01T00:00"), local("2042-03-01T00:00")},  // one month
                new Instant[]{local("2042-01-15T00:00"), local("2042-03-20T12:00")},  // edges on both sides
                new Instant[]{local("2041-12-01T00:00"), local("2042-05-17T00:00")},  // an edge at the end
                new Instant[]{local("2042-02-03T00:00"), local("2042-02-25T00:00")}); // inside one month
        int compared = 0;
        for (Instant[] p : periods) {
            for (SurveyKind kind : SurveyKind.values()) {
                List<SurveySplit> splits = new ArrayList<>(Arrays.asList(SurveySplit.values()));
                splits.add(null);
                for (SurveySplit split : splits) {
                    String rolled = text(results.overview(kind, p[0], p[1], split, 6));
                    String counted = live(() -> text(results.overview(kind, p[0], p[1], split, 6)));
                    assertThat(rolled).as(kind + " by " + split + " from " + p[0]).isEqualTo(counted);
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(80);
        // the quarter has answers of both kinds in it, so the comparison was not of empty results
        SurveyResults.Overview q = results.overview(SurveyKind.NPS, periods.getFirst()[0], periods.getFirst()[1], SurveySplit.LAYER, 3);
        assertThat(q.total().score().answers()).isGreaterThanOrEqualTo(25);
        assertThat(q.groups()).hasSizeGreaterThanOrEqualTo(LAYERS.length);

        // the pack figures: a whole quarter, and one still in progress (its current month counted live)
        ZoneId zone = shop.zone();
        for (Instant now : List.of(local("2042-06-01T00:00"), local("2042-03-20T12:00"), local("2042-01-02T00:00"))) {
            KpiPeriod quarter = KpiPeriod.of(LocalDate.of(2042, 1, 1), LocalDate.of(2042, 4, 1), zone, now);
            KpiPeriod march = KpiPeriod.of(LocalDate.of(2042, 3, 1), LocalDate.of(2042, 4, 1), zone, now);
            for (KpiPeriod period : List.of(quarter, march)) {
                Map<String, Map<String, KpiValue>> rolled = new TreeMap<>(kpis.compute(period));
                Map<String, Map<String, KpiValue>> counted = new TreeMap<>(live(() -> kpis.compute(period)));
                assertThat(rolled.toString()).as("pack at " + now).isEqualTo(counted.toString());
            }
        }
        assertThat(kpis.compute(KpiPeriod.of(LocalDate.of(2042, 1, 1), LocalDate.of(2042, 4, 1), zone, local("2042-06-01T00:00")))
                .get("surveys.nps")).containsKey("layer:" + CustomerLayer.AT_RISK.name());

        // the rows the writes kept equal a recount from the raw tables
        List<String> kept = rows2042();
        rollups.rebuild();
        assertThat(rows2042()).isNotEmpty().isEqualTo(kept);
    }

    @Test
    void answers_recorded_at_once_are_all_counted_in_the_rollups() throws Exception {
        actAsNew(Role.MANAGER);
        Instant sent = local("2042-07-30T09:00");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tokens.add(npsSentAt(sent.plusSeconds(i), LAYERS[i % 2], false));
        }
        // answered on the first day of August: the month's rows are new, and all eight writers meet on them
        clock.set(local("2042-08-01T00:00:01"));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<PublicSurveyService.Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                int score = i;
                outcomes.add(pool.submit(() -> {
                    go.await();
                    return publicSurveys.answer(token, Integer.toString(score), null, "zh", "10.42.1." + score);
                }));
            }
            go.countDown();
            for (Future<PublicSurveyService.Outcome> o : outcomes) {
                assertThat(o.get()).isInstanceOf(PublicSurveyService.Outcome.Saved.class);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> kept = rows2042();
        rollups.rebuild();
        assertThat(rows2042()).isEqualTo(kept);
        Instant august = local("2042-08-01T00:00");
        SurveyResults.Overview o = results.overview(SurveyKind.NPS, august, local("2042-09-01T00:00"), null, 1);
        assertThat(text(o)).isEqualTo(live(() -> text(results.overview(SurveyKind.NPS, august, local("2042-09-01T00:00"), null, 1))));
        assertThat(o.total().score().answers()).isGreaterThanOrEqualTo(8);
    }
}
