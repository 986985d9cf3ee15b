package com.cxops.portal.customers;

import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiSql;
import com.cxops.portal.base.kpi.KpiValue;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The customer KPIs of several periods from three reads instead of one population query per KPI and period (a
 * quarterly pack asked 7 × 5, each joining the layer at a moment): the layer history once (each customer's layer at
 * every period's start and evaluation moment), the paid orders of the periods once in time order (per customer and
 * period: how many, the first, and whether another followed within 30 days), and the paid spend in the shop currency
 * per customer before each evaluation moment once. Each figure is then counted exactly as its population query in
 * {@link CustomerKpis} defines it (the drill-downs still read those; {@code CustomerKpiPassTest} compares them).
 */
final class CustomerKpiPass {

    static final String LAYER_COUNT = "customers.layer-count";
    static final String MIGRATION = "customers.migration";
    static final String REPURCHASE = "customers.repurchase-rate";
    static final String REPURCHASE_30D = "customers.repurchase-30d";
    static final String LTV = "customers.ltv";
    static final String DORMANT = "customers.dormant-reactivation";
    static final String AT_RISK = "customers.at-risk-save";

    private static final Duration WITHIN = Duration.ofDays(30);

    /** One customer's paid orders before each evaluation moment in the shop currency: how many, and their sum. */
    private record Spend(long[] orders, BigDecimal[] sums) {
    }

    /** One customer's paid orders in each period: count (stopping at 2), the first, and a second within 30 days of it. */
    private static final class Orders {
        final byte[] count;
        final Instant[] first;
        final boolean[] followed;

        Orders(int periods) {
            count = new byte[periods];
            first = new Instant[periods];
            followed = new boolean[periods];
        }
    }

    private CustomerKpiPass() {
    }

    static Map<KpiPeriod, Map<String, Map<String, KpiValue>>> compute(JdbcTemplate jdbc, List<KpiPeriod> periods, String currency) {
        List<Instant> bounds = List.copyOf(new TreeSet<>(periods.stream().flatMap(p -> Stream.of(p.start(), p.at())).toList()));
        Map<Long, String[]> layers = layers(jdbc, bounds);
        Map<Long, Orders> orders = orders(jdbc, periods);
        List<Instant> ats = List.copyOf(new TreeSet<>(periods.stream().map(KpiPeriod::at).toList()));
        Map<Long, Spend> spend = spend(jdbc, ats, currency);
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> out = new LinkedHashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            KpiPeriod p = periods.get(i);
            int s = bounds.indexOf(p.start());
            int e = bounds.indexOf(p.at());
            int a = ats.indexOf(p.at());
            Map<String, long[]> byLayer = new TreeMap<>();
            Map<String, long[]> migration = new TreeMap<>();
            long[] dormant = new long[2];
            long[] atRisk = new long[2];
            for (Map.Entry<Long, String[]> c : layers.entrySet()) {
                String atStart = c.getValue()[s];
                String atEnd = c.getValue()[e];
                if (atEnd != null) {
                    add(byLayer, atEnd, 1, 0);
                    add(migration, (atStart == null ? CustomerKpis.NO_LAYER : atStart) + ">" + atEnd, 1, 0);
                }
                long[] returned = CustomerLayer.DORMANT.name().equals(atStart) ? dormant
                        : CustomerLayer.AT_RISK.name().equals(atStart) ? atRisk : null;
                if (returned != null) {
                    Orders o = orders.get(c.getKey());
                    returned[0]++;
                    returned[1] += o != null && o.count[i] > 0 ? 1 : 0;
                }
            }
            Map<String, long[]> repurchase = new TreeMap<>();
            long[] within = new long[2];
            for (Map.Entry<Long, Orders> c : orders.entrySet()) {
                Orders o = c.getValue();
                if (o.count[i] == 0) {
                    continue;
                }
                String[] l = layers.get(c.getKey());
                add(repurchase, l == null || l[s] == null ? CustomerKpis.NO_LAYER : l[s], 1, o.count[i] >= 2 ? 1 : 0);
                if (!o.first[i].plus(WITHIN).isAfter(p.at())) {
                    within[0]++;
                    within[1] += o.followed[i] ? 1 : 0;
                }
            }
            Map<String, long[]> ltvRows = new TreeMap<>();
            Map<String, BigDecimal> ltvSums = new TreeMap<>();
            for (Map.Entry<Long, Spend> c : spend.entrySet()) {
                long n = c.getValue().orders()[a];
                if (n == 0) {
                    continue;
                }
                String[] l = layers.get(c.getKey());
                String layer = l == null || l[e] == null ? CustomerKpis.NO_LAYER : l[e];
                add(ltvRows, layer, 1, 1);
                BigDecimal sum = c.getValue().sums()[a];
                ltvSums.merge(layer, sum == null ? BigDecimal.ZERO : sum, BigDecimal::add);
            }
            Map<String, Map<String, KpiValue>> f = new LinkedHashMap<>();
            f.put(LAYER_COUNT, KpiSql.figures(groups(byLayer, Map.of()), KpiSql.Shape.COUNT, "layer:"));
            f.put(MIGRATION, KpiSql.figures(groups(migration, Map.of()), KpiSql.Shape.COUNT, "migration:"));
            f.put(REPURCHASE, KpiSql.figures(groups(repurchase, Map.of()), KpiSql.Shape.RATE, "layer:"));
            f.put(REPURCHASE_30D, rate(within));
            f.put(LTV, KpiSql.figures(groups(ltvRows, ltvSums), KpiSql.Shape.AVERAGE, "layer:"));
            f.put(DORMANT, rate(dormant));
            f.put(AT_RISK, rate(atRisk));
            out.put(p, f);
        }
        return out;
    }

    private static void add(Map<String, long[]> m, String split, long rows, long numerator) {
        long[] v = m.computeIfAbsent(split, x -> new long[2]);
        v[0] += rows;
        v[1] += numerator;
    }

    private static List<KpiSql.Group> groups(Map<String, long[]> counts, Map<String, BigDecimal> sums) {
        List<KpiSql.Group> out = new ArrayList<>();
        counts.forEach((split, v) -> out.add(new KpiSql.Group(split, v[0], v[1], sums.getOrDefault(split, BigDecimal.ZERO))));
        return out;
    }

    /** A rate without a split, as a population query of no rows or one group gives it. */
    private static Map<String, KpiValue> rate(long[] rowsAndNumerator) {
        List<KpiSql.Group> g = rowsAndNumerator[0] == 0 ? List.of()
                : List.of(new KpiSql.Group("", rowsAndNumerator[0], rowsAndNumerator[1], BigDecimal.ZERO));
        return KpiSql.figures(g, KpiSql.Shape.RATE, null);
    }

    /**
     * Each classified customer's layer at every bound (null: none yet): the to_layer of its latest change strictly
     * before the bound, ties on the moment broken by the higher id — read in (customer, moment, id) order, so a later
     * row of a customer overwrites an earlier one at every bound after its moment.
     */
    private static Map<Long, String[]> layers(JdbcTemplate jdbc, List<Instant> bounds) {
        Map<Long, String[]> out = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        stream(jdbc).query("SELECT customer_id, to_layer, changed_at FROM customer_layer_change WHERE changed_at < ? "
                + "ORDER BY customer_id, changed_at, id", rs -> {
            String[] l = out.computeIfAbsent(rs.getLong(1), c -> new String[bounds.size()]);
            String layer = names.computeIfAbsent(rs.getString(2), x -> x);
            Instant at = KpiSql.instant(rs, 3);
            for (int b = 0; b < bounds.size(); b++) {
                if (at.isBefore(bounds.get(b))) {
                    l[b] = layer;
                }
            }
        }, KpiSql.utc(bounds.getLast()));
        return out;
    }

    /**
     * Per customer and period, from the paid orders between the earliest start and the latest evaluation moment
     * (inclusive: an order exactly 30 days after a first one placed 30 days before the end still follows it) in time
     * order: the orders in [start, E), the first of them, and whether a later one came within 30 days after it.
     */
    private static Map<Long, Orders> orders(JdbcTemplate jdbc, List<KpiPeriod> periods) {
        Instant from = periods.stream().map(KpiPeriod::start).min(Instant::compareTo).orElseThrow();
        Instant to = periods.stream().map(KpiPeriod::at).max(Instant::compareTo).orElseThrow();
        Map<Long, Orders> out = new HashMap<>();
        int n = periods.size();
        Instant[] starts = periods.stream().map(KpiPeriod::start).toArray(Instant[]::new);
        Instant[] ats = periods.stream().map(KpiPeriod::at).toArray(Instant[]::new);
        stream(jdbc).query("SELECT customer_id, placed_at FROM customer_order WHERE status = 'PAID' AND placed_at >= ? "
                + "AND placed_at <= ? ORDER BY placed_at", rs -> {
            Orders o = out.computeIfAbsent(rs.getLong(1), c -> new Orders(n));
            Instant t = KpiSql.instant(rs, 2);
            for (int i = 0; i < n; i++) {
                Instant first = o.first[i];
                if (first != null && t.isAfter(first) && !t.isAfter(first.plus(WITHIN))) {
                    o.followed[i] = true;
                }
                if (!t.isBefore(starts[i]) && t.isBefore(ats[i])) {
                    if (first == null) {
                        o.first[i] = t;
                    }
                    o.count[i] = (byte) Math.min(2, o.count[i] + 1);
                }
            }
        }, KpiSql.utc(from), KpiSql.utc(to));
        return out;
    }

    /**
     * Per customer with a paid order in the shop currency before the latest evaluation moment: for each evaluation
     * moment, how many such orders before it and their amounts' sum.
     */
    private static Map<Long, Spend> spend(JdbcTemplate jdbc, List<Instant> ats, String currency) {
        StringBuilder sql = new StringBuilder("SELECT customer_id");
        List<Object> params = new ArrayList<>();
        for (Instant at : ats) {
            sql.append(", COUNT(CASE WHEN placed_at < ? THEN 1 END), SUM(CASE WHEN placed_at < ? THEN amount END)");
            params.add(KpiSql.utc(at));
            params.add(KpiSql.utc(at));
        }
        sql.append(" FROM customer_order WHERE status = 'PAID' AND currency = ? AND placed_at < ? GROUP BY customer_id");
        params.add(currency);
        params.add(KpiSql.utc(ats.getLast()));
        Map<Long, Spend> out = new HashMap<>();
        stream(jdbc).query(sql.toString(), rs -> {
            long[] n = new long[ats.size()];
            BigDecimal[] sums = new BigDecimal[ats.size()];
            for (int k = 0; k < ats.size(); k++) {
                n[k] = rs.getLong(2 + 2 * k);
                sums[k] = rs.getBigDecimal(3 + 2 * k);
            }
            out.put(rs.getLong(1), new Spend(n, sums));
        }, params.toArray());
        return out;
    }

    /** Reads in chunks (MariaDB sends a whole result at once otherwise); joins the caller's transaction's connection. */
    private static JdbcTemplate stream(JdbcTemplate jdbc) {
        JdbcTemplate t = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
        t.setFetchSize(5000);
        return t;
    }

}
