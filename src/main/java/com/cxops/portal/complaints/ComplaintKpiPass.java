package com.cxops.portal.complaints;

import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiSql;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.base.kpi.Stretches;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The complaint KPIs that count the complaints (or compensations) created in a period, for several periods in one
 * pass per table: the rows of all periods are counted per stretch between the periods' bounds
 * ({@link Stretches}), by tier, category and channel and by when they were first resolved or closed and reopened
 * (as the index of the first bound after that moment); each period adds up its stretches and counts a row resolved
 * when that moment is before its evaluation moment — exactly the conditions of the KPIs' population queries in
 * {@link ComplaintKpis}, which the drill-downs still read (and {@code ComplaintKpisPassTest} compares them).
 */
final class ComplaintKpiPass {

    static final String RECEIVED = "complaints.received";
    static final String BY_CATEGORY = "complaints.received-by-category";
    static final String BY_CHANNEL = "complaints.received-by-channel";
    static final String RESOLUTION = "complaints.resolution-rate";
    static final String REOPEN = "complaints.reopen-rate";
    static final String MAJOR = "complaints.major";
    static final String COMPENSATION_COUNT = "complaints.compensation-count";
    static final String COMPENSATION_AMOUNT = "complaints.compensation-amount";
    static final Set<String> KPIS = Set.of(RECEIVED, BY_CATEGORY, BY_CHANNEL, RESOLUTION, REOPEN, MAJOR, COMPENSATION_COUNT, COMPENSATION_AMOUNT);

    /** Complaints of one stretch with the same tier, category, channel and resolved/closed/reopened indexes. */
    private record Cell(int bucket, String tier, String category, String channel, int resolved, int closed, int reopened, long n) {
    }

    /** Compensations of one stretch and kind; {@code counted}: rows in the shop currency with an amount, and their sum. */
    private record Money(int bucket, String kind, long rows, long counted, BigDecimal sum) {
    }

    private ComplaintKpiPass() {
    }

    static Map<KpiPeriod, Map<String, Map<String, KpiValue>>> compute(JdbcTemplate jdbc, List<KpiPeriod> periods, String currency) {
        Stretches s = Stretches.of(periods);
        List<Object> params = new ArrayList<>(s.bucketParams());
        for (int i = 0; i < 3; i++) {
            params.addAll(s.indexParams());
        }
        params.addAll(s.rangeParams());
        List<Cell> cells = jdbc.query("SELECT x.b, x.tier, x.category, x.channel, x.r, x.c, x.o, COUNT(*) FROM (SELECT "
                        + s.bucketSql("created_at") + " b, tier, category, channel, " + s.indexSql("resolved_at") + " r, "
                        + s.indexSql("closed_at") + " c, " + s.indexSql("reopened_at") + " o FROM complaint WHERE "
                        + s.rangeSql("created_at") + ") x GROUP BY x.b, x.tier, x.category, x.channel, x.r, x.c, x.o",
                (rs, i) -> new Cell(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7), rs.getLong(8)), params.toArray());
        List<Object> moneyParams = new ArrayList<>(s.bucketParams());
        moneyParams.add(currency);
        moneyParams.add(currency);
        moneyParams.addAll(s.rangeParams());
        List<Money> money = jdbc.query("SELECT x.b, x.kind, COUNT(*), SUM(x.counted), SUM(x.amount) FROM (SELECT " + s.bucketSql("created_at")
                        + " b, kind, CASE WHEN amount IS NOT NULL AND currency = ? THEN 1 ELSE 0 END counted, "
                        + "CASE WHEN amount IS NOT NULL AND currency = ? THEN amount ELSE 0 END amount FROM complaint_compensation WHERE "
                        + s.rangeSql("created_at") + ") x GROUP BY x.b, x.kind",
                (rs, i) -> new Money(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getBigDecimal(5) == null ? BigDecimal.ZERO : rs.getBigDecimal(5)), moneyParams.toArray());
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> out = new LinkedHashMap<>();
        for (KpiPeriod p : periods) {
            Set<Integer> buckets = Set.copyOf(s.bucketsOf(p));
            int at = s.atIndex(p);
            List<Cell> mine = cells.stream().filter(c -> buckets.contains(c.bucket())).toList();
            Map<String, Map<String, KpiValue>> f = new LinkedHashMap<>();
            f.put(RECEIVED, counts(mine, Cell::tier, "tier:"));
            f.put(BY_CATEGORY, counts(mine, Cell::category, "category:"));
            f.put(BY_CHANNEL, counts(mine, Cell::channel, "channel:"));
            long created = 0;
            long resolved = 0;
            long decided = 0;
            long reopened = 0;
            long major = 0;
            for (Cell c : mine) {
                created += c.n();
                int resolvedOrClosed = Math.min(c.resolved(), c.closed());
                resolved += resolvedOrClosed <= at ? c.n() : 0;
                decided += Math.min(resolvedOrClosed, c.reopened()) <= at ? c.n() : 0;
                reopened += c.reopened() <= at ? c.n() : 0;
                major += "MAJOR".equals(c.tier()) ? c.n() : 0;
            }
            f.put(RESOLUTION, Map.of(ComplaintKpis.OVERALL, KpiValue.rate(resolved, created)));
            f.put(REOPEN, Map.of(ComplaintKpis.OVERALL, KpiValue.rate(reopened, decided)));
            f.put(MAJOR, Map.of(ComplaintKpis.OVERALL, KpiValue.count(major)));
            Map<String, long[]> rows = new TreeMap<>();
            Map<String, BigDecimal> sums = new TreeMap<>();
            money.stream().filter(m -> buckets.contains(m.bucket())).forEach(m -> {
                long[] r = rows.computeIfAbsent(m.kind(), k -> new long[2]);
                r[0] += m.rows();
                r[1] += m.counted();
                sums.merge(m.kind(), m.sum(), BigDecimal::add);
            });
            List<KpiSql.Group> count = new ArrayList<>();
            List<KpiSql.Group> amount = new ArrayList<>();
            rows.forEach((kind, r) -> {
                if (r[0] > 0) {
                    count.add(new KpiSql.Group(kind, r[0], r[0], BigDecimal.ZERO));
                }
                if (r[1] > 0) {
                    amount.add(new KpiSql.Group(kind, r[1], r[1], sums.get(kind)));
                }
            });
            f.put(COMPENSATION_COUNT, KpiSql.figures(count, KpiSql.Shape.COUNT, "kind:"));
            f.put(COMPENSATION_AMOUNT, KpiSql.figures(amount, KpiSql.Shape.SUM, "kind:"));
            out.put(p, f);
        }
        return out;
    }

    private static Map<String, KpiValue> counts(List<Cell> cells, Function<Cell, String> split, String prefix) {
        Map<String, Long> n = new HashMap<>();
        cells.forEach(c -> n.merge(split.apply(c), c.n(), Long::sum));
        List<KpiSql.Group> groups = new ArrayList<>();
        n.forEach((g, rows) -> groups.add(new KpiSql.Group(g, rows, rows, BigDecimal.ZERO)));
        return KpiSql.figures(groups, KpiSql.Shape.COUNT, prefix);
    }
}
