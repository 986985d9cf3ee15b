package com.cxops.portal.sla;

import com.cxops.portal.base.kpi.Direction;
import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillKind;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.KpiDefinition;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiReadModel;
import com.cxops.portal.base.kpi.KpiSql;
import com.cxops.portal.base.kpi.KpiUnit;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.base.kpi.SqlKpiModel;
import com.cxops.portal.base.kpi.Stretches;
import com.cxops.portal.complaints.ComplaintFacts;
import com.cxops.portal.complaints.ComplaintKpiStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import static com.cxops.portal.base.kpi.KpiSql.utc;

/**
 * Service-level KPIs of the review packs (docs/kpis.md "Service levels"): compliance per target kind as the SLA
 * dashboard counts it (docs/sla.md: decided targets started in the period; in time when not breached — a target met
 * after its due instant is breached at that instant, and one breached in an earlier cycle counts as breached), and
 * the first-response time in business minutes from the stored clocks.
 * <p>
 * The figures of several periods are read in one pass over the clocks of all of them ({@link #computeAll}): the
 * clocks are counted per stretch between the periods' boundaries (by kind and outcome, and by business minutes for
 * the percentiles), and each period adds up its stretches; the percentiles are taken by nearest rank from those
 * counts, the same value a sort of the period's clocks gives. Drill rows name their complaint through the complaints'
 * read model ({@link ComplaintFacts}).
 */
@Component
@Transactional(readOnly = true)
public class SlaKpis extends SqlKpiModel implements com.cxops.portal.base.kpi.KeptFigureRows {

    public static final String SECTION = "sla";
    static final String COMPLIANCE = "sla.compliance";
    static final String MEDIAN = "sla.first-response-median";
    static final String P90 = "sla.first-response-p90";
    private static final Set<PackKind> MONTHLY = Set.of(PackKind.MONTHLY);
    private static final String DECIDED = "(met_at IS NOT NULL OR breached = TRUE)";
    private static final String FIRST_RESPONSE_MET = "kind = 'FIRST_RESPONSE' AND met_at IS NOT NULL AND business_minutes IS NOT NULL";

    private final List<Kpi> kpis;
    private final ComplaintFacts complaints;
    private final ComplaintKpiStore store;
    private final java.time.Clock clock;

    SlaKpis(JdbcTemplate jdbc, ComplaintFacts complaints, ComplaintKpiStore store, java.time.Clock clock) {
        super(jdbc);
        this.complaints = complaints;
        this.store = store;
        this.clock = clock;
        this.kpis = List.of(
                new Kpi(new KpiDefinition(COMPLIANCE, SECTION, KpiUnit.PERCENT, Direction.HIGHER_BETTER, MONTHLY, "target", DrillKind.COMPLAINT),
                        KpiSql.Shape.RATE, "target:", p -> new Base("SELECT id, kind g, CASE WHEN breached = FALSE "
                        + "THEN 1 ELSE 0 END num, 0 val FROM sla_clock WHERE started_at >= ? AND started_at < ? AND " + DECIDED,
                        utc(p.start()), utc(p.at()))),
                new Kpi(new KpiDefinition(MEDIAN, SECTION, KpiUnit.MINUTES, Direction.LOWER_BETTER, MONTHLY, null, DrillKind.COMPLAINT),
                        KpiSql.Shape.MEDIAN, null, SlaKpis::firstResponse),
                new Kpi(new KpiDefinition(P90, SECTION, KpiUnit.MINUTES, Direction.LOWER_BETTER, MONTHLY, null, DrillKind.COMPLAINT),
                        KpiSql.Shape.P90, null, SlaKpis::firstResponse));
    }

    private static Base firstResponse(KpiPeriod p) {
        return new Base("SELECT id, '' g, 1 num, business_minutes val FROM sla_clock WHERE " + FIRST_RESPONSE_MET
                + " AND started_at >= ? AND started_at < ?", utc(p.start()), utc(p.at()));
    }

    @Override
    protected List<Kpi> kpis() {
        return kpis;
    }

    @Override
    public Map<String, Map<String, KpiValue>> compute(KpiPeriod period) {
        return period.isFuture() ? new LinkedHashMap<>() : computeAll(List.of(period)).get(period);
    }

    /**
     * The figures of settled periods are kept with the complaints' (ComplaintKpiStore): SLA clocks are written with
     * their complaints, and a clock's start is never before its complaint's creation. Not in a currency.
     */
    @Override
    public Map<KpiPeriod, Map<String, Map<String, KpiValue>>> packFigures(List<KpiPeriod> periods, Predicate<KpiDefinition> wanted) {
        return store.kept().packFigures(SECTION, periods, wanted, definitions(), "-", clock.instant(), this::computeAll);
    }

    @Override
    public boolean keepsSettledFigures() {
        return true;
    }

    /** A clock is counted by when it started (before and after a write), in the complaints' source. */
    @Override
    public List<Row> keptRows() {
        return List.of(new Row(SlaClock.class, ComplaintKpiStore.SOURCE, List.of("startedAt"), null));
    }

    /** Every figure in one pass (see {@link #computeAll(List)}); those not wanted are left out. */
    @Override
    public Map<KpiPeriod, Map<String, Map<String, KpiValue>>> computeAll(List<KpiPeriod> periods, Predicate<KpiDefinition> wanted) {
        return KpiReadModel.only(computeAll(periods), definitions(), wanted);
    }

    @Override
    public Map<KpiPeriod, Map<String, Map<String, KpiValue>>> computeAll(List<KpiPeriod> periods) {
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> out = new LinkedHashMap<>();
        List<KpiPeriod> past = periods.stream().filter(p -> !p.isFuture()).distinct().toList();
        periods.forEach(p -> out.put(p, new LinkedHashMap<>()));
        if (past.isEmpty()) {
            return out;
        }
        Stretches s = Stretches.of(past);
        // kind, breached -> clocks, per stretch
        Map<Integer, Map<String, long[]>> outcomes = new HashMap<>();
        jdbc.query("SELECT x.b, x.kind, x.ok, COUNT(*) FROM (SELECT " + s.bucketSql("started_at") + " b, kind, CASE WHEN breached = FALSE THEN 1 ELSE 0 END ok "
                        + "FROM sla_clock WHERE " + s.rangeSql("started_at") + " AND " + DECIDED + ") x GROUP BY x.b, x.kind, x.ok",
                rs -> {
                    long[] c = outcomes.computeIfAbsent(rs.getInt(1), b -> new TreeMap<>()).computeIfAbsent(rs.getString(2), k -> new long[2]);
                    c[0] += rs.getLong(4);
                    c[1] += rs.getInt(3) == 1 ? rs.getLong(4) : 0;
                }, s.params());
        // business minutes -> clocks, per stretch
        Map<Integer, Map<Long, Long>> minutes = new HashMap<>();
        jdbc.query("SELECT x.b, x.v, COUNT(*) FROM (SELECT " + s.bucketSql("started_at") + " b, business_minutes v FROM sla_clock WHERE "
                        + FIRST_RESPONSE_MET + " AND " + s.rangeSql("started_at") + ") x GROUP BY x.b, x.v",
                rs -> {
                    minutes.computeIfAbsent(rs.getInt(1), b -> new HashMap<>()).merge(rs.getLong(2), rs.getLong(3), Long::sum);
                }, s.params());
        for (KpiPeriod p : past) {
            List<KpiSql.Group> groups = new ArrayList<>();
            Map<String, long[]> byKind = new TreeMap<>();
            TreeMap<Long, Long> histogram = new TreeMap<>();
            for (int b : s.bucketsOf(p)) {
                outcomes.getOrDefault(b, Map.of()).forEach((kind, c) -> {
                    long[] t = byKind.computeIfAbsent(kind, k -> new long[2]);
                    t[0] += c[0];
                    t[1] += c[1];
                });
                minutes.getOrDefault(b, Map.of()).forEach((v, n) -> histogram.merge(v, n, Long::sum));
            }
            byKind.forEach((kind, t) -> groups.add(new KpiSql.Group(kind, t[0], t[1], BigDecimal.ZERO)));
            Map<String, Map<String, KpiValue>> f = out.get(p);
            f.put(COMPLIANCE, KpiSql.figures(groups, KpiSql.Shape.RATE, "target:"));
            f.put(MEDIAN, Map.of(OVERALL, percentile(histogram, 50)));
            f.put(P90, Map.of(OVERALL, percentile(histogram, 90)));
        }
        return out;
    }

    /** The p-th percentile by nearest rank of the values counted in the histogram (value -> how many clocks). */
    static KpiValue percentile(TreeMap<Long, Long> histogram, int percent) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return KpiValue.of(null, 0);
        }
        long rank = KpiSql.nearestRank(percent, n);
        long seen = 0;
        for (Map.Entry<Long, Long> e : histogram.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return KpiValue.of(BigDecimal.valueOf(e.getKey()), n);
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + n);
    }

    /** The clocks' complaints: number, customer, when the target started, its kind and business minutes. */
    @Override
    protected List<DrillRow> rows(Kpi kpi, String idsSql, Object[] params, int offset, int limit) {
        return rowsPage(kpi, idsSql, params, DrillCursor.atOffset(offset), limit, false);
    }

    /** A page in (started_at, clock id) order after a cursor: keyset on the clock's started_at index. */
    @Override
    protected List<DrillRow> rowsPage(Kpi kpi, String idsSql, Object[] params, DrillCursor after, int limit, boolean details) {
        record Clock(long complaintId, java.time.Instant startedAt, String kind, Long minutes, long id) {
        }
        List<Clock> clocks = jdbc.query("SELECT k.complaint_id, k.started_at, k.kind, k.business_minutes, k.id FROM sla_clock k JOIN ("
                        + idsSql + ") d ON d.id = k.id WHERE " + KpiSql.after(after, "k.started_at", "k.id")
                        + " ORDER BY k.started_at, k.id LIMIT ? OFFSET ?",
                (rs, i) -> new Clock(rs.getLong(1), KpiSql.instant(rs, 2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getLong(5)),
                KpiSql.pagedAfter(params, after, "k.started_at", limit));
        Map<Long, ComplaintFacts.Label> labels = complaints.labels(clocks.stream().map(Clock::complaintId).toList());
        return clocks.stream().map(c -> {
            ComplaintFacts.Label l = labels.get(c.complaintId());
            return new DrillRow(DrillKind.COMPLAINT, c.complaintId(), l == null ? null : l.number(), l == null ? null : l.customerName(),
                    c.startedAt(), "sla.target." + c.kind(), c.minutes() == null ? null : Long.toString(c.minutes()), c.id(), List.of());
        }).toList();
    }
}
