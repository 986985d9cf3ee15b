package com.cxops.portal.surveys;

import com.cxops.portal.base.kpi.Direction;
import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillKind;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.KpiDefinition;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiSql;
import com.cxops.portal.base.kpi.KpiUnit;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.base.kpi.SqlKpiModel;
import com.cxops.portal.customers.CustomerSql;
import com.cxops.portal.tasks.TaskSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.cxops.portal.base.kpi.KpiValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static com.cxops.portal.base.kpi.KpiSql.utc;

/**
 * Survey KPIs of the review packs (docs/kpis.md "Surveys"): NPS overall and by the layer stored with the answer (the
 * layer at the answer's moment), CSAT (share of 4 and 5), response rate (of the invitations sent in the period, the
 * share answered), and follow-ups done within their due time.
 */
@Component
@Transactional(readOnly = true)
public class SurveyKpis extends SqlKpiModel {

    public static final String SECTION = "surveys";

    private final List<Kpi> kpis;
    private final SurveyRollupReads rollups;

    SurveyKpis(JdbcTemplate jdbc, SurveyRollupReads rollups) {
        super(jdbc);
        this.rollups = rollups;
        this.kpis = List.of(
                // NPS = mean of +100 (promoter 9-10), 0 (passive 7-8), -100 (detractor 0-6): % promoters - % detractors
                new Kpi(new KpiDefinition("surveys.nps", SECTION, KpiUnit.SCORE, Direction.HIGHER_BETTER, Set.of(PackKind.QUARTERLY), "layer", DrillKind.ANSWER),
                        KpiSql.Shape.AVERAGE, "layer:", p -> new Base("SELECT id, customer_layer g, 1 num, CASE WHEN score >= 9 THEN 100 "
                        + "WHEN score <= 6 THEN -100 ELSE 0 END val FROM survey_answer WHERE kind = 'NPS' AND answered_at >= ? AND answered_at < ?",
                        utc(p.start()), utc(p.at()))),
                new Kpi(new KpiDefinition("surveys.csat", SECTION, KpiUnit.PERCENT, Direction.HIGHER_BETTER, Set.of(PackKind.MONTHLY), null, DrillKind.ANSWER),
                        KpiSql.Shape.RATE, null, p -> new Base("SELECT id, '' g, CASE WHEN score >= 4 THEN 1 ELSE 0 END num, 0 val FROM survey_answer "
                        + "WHERE kind = 'CSAT' AND answered_at >= ? AND answered_at < ?", utc(p.start()), utc(p.at()))),
                new Kpi(new KpiDefinition("surveys.response-rate", SECTION, KpiUnit.PERCENT, Direction.HIGHER_BETTER, Set.of(PackKind.MONTHLY), "survey", DrillKind.INVITATION),
                        KpiSql.Shape.RATE, "survey:", p -> new Base("SELECT id, kind g, CASE WHEN answered_at IS NOT NULL THEN 1 ELSE 0 END num, 0 val "
                        + "FROM survey_invitation WHERE sent_at >= ? AND sent_at < ?", utc(p.start()), utc(p.at()))),
                new Kpi(new KpiDefinition("surveys.follow-ups-on-time", SECTION, KpiUnit.PERCENT, Direction.HIGHER_BETTER, Set.of(PackKind.MONTHLY), null, DrillKind.TASK),
                        KpiSql.Shape.RATE, null, p -> new Base("SELECT t.id, '' g, CASE WHEN t.status = 'DONE' AND t.closed_at <= t.due_at THEN 1 ELSE 0 END num, "
                        + "0 val FROM survey_answer a " + TaskSql.join("t", "a.follow_up_task_id") + " WHERE t.due_at >= ? AND t.due_at < ? "
                        + "AND t.status <> 'CANCELLED' AND (t.status = 'DONE' OR t.due_at < ?)", utc(p.start()), utc(p.end()), utc(p.at()))));
    }

    @Override
    protected List<Kpi> kpis() {
        return kpis;
    }

    /**
     * NPS, CSAT and the response rate read the whole months of [start, E) from the monthly rollups and count only the
     * edges live with the KPI's own population query, so the groups and figures are those of the population query over
     * the whole period (docs/kpis.md); the follow-ups, and any period while the rollups are not built, count live.
     */
    @Override
    protected Map<String, Map<String, KpiValue>> computeOne(Kpi k, KpiPeriod p) {
        String id = k.definition().id();
        boolean rolled = id.equals("surveys.nps") || id.equals("surveys.csat") || id.equals("surveys.response-rate");
        SurveyRollupReads.Cover cover = rolled ? SurveyRollupReads.cover(p.start(), p.at(), p.zone()) : null;
        if (cover == null || !cover.hasMonths() || !rollups.ready(p.zone())) {
            return super.computeOne(k, p);
        }
        Map<String, long[]> sums = new TreeMap<>(); // split -> rows, numerator, sum of values
        switch (id) {
            case "surveys.nps" -> rollups.read(SurveyKind.NPS, SurveySplit.LAYER.name(), null, cover.first(), cover.last())
                    .forEach((layer, c) -> {
                        long[] s = c.scores();
                        long promoters = s[9] + s[10];
                        long detractors = 0;
                        for (int i = 0; i <= 6; i++) {
                            detractors += s[i];
                        }
                        add(sums, layer, c.answers(), 0, 100 * (promoters - detractors));
                    });
            case "surveys.csat" -> rollups.read(SurveyKind.CSAT, SurveyRollupRows.ALL, null, cover.first(), cover.last())
                    .forEach((all, c) -> {
                        long satisfied = 0;
                        for (int i = 4; i < c.scores().length; i++) {
                            satisfied += c.scores()[i];
                        }
                        add(sums, "", c.answers(), satisfied, 0);
                    });
            default -> {
                for (SurveyKind kind : SurveyKind.values()) {
                    rollups.read(kind, SurveyRollupRows.ALL, null, cover.first(), cover.last())
                            .forEach((all, c) -> add(sums, kind.name(), c.sent(), c.answered(), 0));
                }
            }
        }
        for (Instant[] edge : cover.edges()) {
            // the population query over the edge alone (it reads only the period's start and evaluation moment)
            Base b = k.base().apply(new KpiPeriod(edge[0], edge[1], edge[1], p.zone(), p.firstDay(), p.endDay()));
            for (KpiSql.Group g : KpiSql.groups(jdbc, b.sql(), b.params())) {
                add(sums, g.split(), g.rows(), g.numerator(), g.sum().longValueExact());
            }
        }
        List<KpiSql.Group> groups = new ArrayList<>();
        sums.forEach((split, v) -> {
            if (v[0] > 0) {
                groups.add(new KpiSql.Group(split, v[0], v[1], BigDecimal.valueOf(v[2])));
            }
        });
        return Map.of(id, KpiSql.figures(groups, k.shape(), k.prefix()));
    }

    private static void add(Map<String, long[]> sums, String split, long rows, long numerator, long sum) {
        long[] v = sums.computeIfAbsent(split, x -> new long[3]);
        v[0] += rows;
        v[1] += numerator;
        v[2] += sum;
    }

    /**
     * The drill-down lists join the customer (and task) table, with its owner's SQL, for the name and shop id of each
     * row: one paged query, not a look-up per row.
     */
    @Override
    protected List<DrillRow> rows(Kpi kpi, String idsSql, Object[] params, int offset, int limit) {
        return rowsPage(kpi, idsSql, params, DrillCursor.atOffset(offset), limit, false);
    }

    /**
     * The drill-down lists join the customer table for the name and shop id of each row: one paged query, not a
     * look-up per row. Answers in (answered, answer) order, invitations in (sent, invitation) order, follow-ups in
     * (closed, task) order (every follow-up behind the figure is done), a page after a cursor by keyset.
     */
    @Override
    protected List<DrillRow> rowsPage(Kpi kpi, String idsSql, Object[] params, DrillCursor after, int limit, boolean details) {
        return switch (kpi.definition().drillKind()) {
            case ANSWER -> jdbc.query("SELECT c.id, c.external_id, c.name, a.answered_at, a.customer_layer, a.score, a.id FROM survey_answer a JOIN ("
                            + idsSql + ") d ON d.id = a.id " + CustomerSql.join("c", "a.customer_id") + " WHERE " + KpiSql.after(after, "a.answered_at", "a.id")
                            + " ORDER BY a.answered_at, a.id LIMIT ? OFFSET ?",
                    (rs, i) -> new DrillRow(DrillKind.CUSTOMER, rs.getLong(1), rs.getString(2), rs.getString(3), KpiSql.instant(rs, 4),
                            "layer." + rs.getString(5), Integer.toString(rs.getInt(6)), rs.getLong(7), List.of()),
                    KpiSql.pagedAfter(params, after, "a.answered_at", limit));
            case INVITATION -> jdbc.query("SELECT c.id, c.external_id, c.name, i.sent_at, i.customer_layer, i.id FROM survey_invitation i JOIN ("
                            + idsSql + ") d ON d.id = i.id " + CustomerSql.join("c", "i.customer_id") + " WHERE " + KpiSql.after(after, "i.sent_at", "i.id")
                            + " ORDER BY i.sent_at, i.id LIMIT ? OFFSET ?",
                    (rs, i) -> new DrillRow(DrillKind.CUSTOMER, rs.getLong(1), rs.getString(2), rs.getString(3), KpiSql.instant(rs, 4),
                            "layer." + rs.getString(5), null, rs.getLong(6), List.of()),
                    KpiSql.pagedAfter(params, after, "i.sent_at", limit));
            default -> jdbc.query("SELECT t.id, t.title, t.closed_at FROM (" + idsSql + ") d " + TaskSql.join("t", "d.id") + " WHERE "
                            + KpiSql.after(after, "t.closed_at", "t.id") + " ORDER BY t.closed_at, t.id LIMIT ? OFFSET ?",
                    (rs, i) -> new DrillRow(DrillKind.TASK, rs.getLong(1), "T-" + rs.getLong(1), rs.getString(2), KpiSql.instant(rs, 3), null, null),
                    KpiSql.pagedAfter(params, after, "t.closed_at", limit));
        };
    }
}
