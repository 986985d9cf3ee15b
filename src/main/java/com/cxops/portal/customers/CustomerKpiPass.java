package com.cxops.portal.customers;

import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiSql;
import com.cxops.portal.base.kpi.KpiValue;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
 * every period's start and evaluation moment, one byte per moment), the paid orders of the periods once customer by
 * customer (per period: how many, the first, and whether another followed within 30 days), and the paid spend in the
 * shop currency per customer before each evaluation moment once. Orders and spend are counted into the periods'
 * tallies as they stream by; only the layers are held per customer. Each figure is counted exactly as its population
 * query in {@link CustomerKpis} defines it (the drill-downs still read those; {@code CustomerKpiPassTest} compares
 * them period by period).
 */
final class CustomerKpiPass {

    static final String LAYER_COUNT = "customers.layer-count";
    static final String MIGRATION = "customers.migration";
    static final String REPURCHASE = "customers.repurchase-rate";
    static final String REPURCHASE_30D = "customers.repurchase-30d";
    static final String LTV = "customers.ltv";
    static final String DORMANT = "customers.dormant-reactivation";
    static final String AT_RISK = "customers.at-risk-save";

    private static final long WITHIN_MICROS = Duration.ofDays(30).toNanos() / 1_000;

    /** What one period's figures are counted from while the rows stream by (a customer is never kept afterwards). */
    private static final class Tally {
        final int start;
        final int at;
        final int atMoment;
        final Map<String, long[]> byLayer = new TreeMap<>();
        final Map<String, long[]> migration = new TreeMap<>();
        final Map<String, long[]> repurchase = new TreeMap<>();
        final Map<String, long[]> ltv = new TreeMap<>();
        final Map<String, BigDecimal> spend = new TreeMap<>();
        final long[] within = new long[2];
        final long[] dormant = new long[2];
        final long[] atRisk = new long[2];

        Tally(int start, int at, int atMoment) {
            this.start = start;
            this.at = at;
            this.atMoment = atMoment;
        }
    }

    private CustomerKpiPass() {
    }

    static Map<KpiPeriod, Map<String, Map<String, KpiValue>>> compute(JdbcTemplate jdbc, List<KpiPeriod> periods, String currency) {
        List<Instant> bounds = List.copyOf(new TreeSet<>(periods.stream().flatMap(p -> Stream.of(p.start(), p.at())).toList()));
        List<Instant> ats = List.copyOf(new TreeSet<>(periods.stream().map(KpiPeriod::at).toList()));
        List<Tally> tallies = periods.stream().map(p -> new Tally(bounds.indexOf(p.start()), bounds.indexOf(p.at()), ats.indexOf(p.at()))).toList();
        List<String> names = new ArrayList<>();
        Map<Long, byte[]> layers = layers(jdbc, bounds, names);
        layers.values().forEach(l -> {
            for (Tally t : tallies) {
                String atStart = name(names, l, t.start);
                String atEnd = name(names, l, t.at);
                if (atEnd != null) {
                    add(t.byLayer, atEnd, 1, 0);
                    add(t.migration, (atStart == null ? CustomerKpis.NO_LAYER : atStart) + ">" + atEnd, 1, 0);
                }
                t.dormant[0] += CustomerLayer.DORMANT.name().equals(atStart) ? 1 : 0;
                t.atRisk[0] += CustomerLayer.AT_RISK.name().equals(atStart) ? 1 : 0;
            }
        });
        orders(jdbc, periods, (customer, o) -> {
            byte[] l = layers.get(customer);
            for (int i = 0; i < periods.size(); i++) {
                if (o.count[i] == 0) {
                    continue;
                }
                Tally t = tallies.get(i);
                String atStart = name(names, l, t.start);
                add(t.repurchase, atStart == null ? CustomerKpis.NO_LAYER : atStart, 1, o.count[i] >= 2 ? 1 : 0);
                if (o.first[i] + WITHIN_MICROS <= micros(periods.get(i).at())) {
                    t.within[0]++;
                    t.within[1] += o.followed[i] ? 1 : 0;
                }
                t.dormant[1] += CustomerLayer.DORMANT.name().equals(atStart) ? 1 : 0;
                t.atRisk[1] += CustomerLayer.AT_RISK.name().equals(atStart) ? 1 : 0;
            }
        });
        spend(jdbc, ats, currency, (customer, n, sums) -> {
            byte[] l = layers.get(customer);
            for (Tally t : tallies) {
                if (n[t.atMoment] == 0) {
                    continue;
                }
                String atEnd = name(names, l, t.at);
                String layer = atEnd == null ? CustomerKpis.NO_LAYER : atEnd;
                add(t.ltv, layer, 1, 1);
                BigDecimal sum = sums[t.atMoment];
                t.spend.merge(layer, sum == null ? BigDecimal.ZERO : sum, BigDecimal::add);
            }
        });
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> out = new LinkedHashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            Tally t = tallies.get(i);
            Map<String, Map<String, KpiValue>> f = new LinkedHashMap<>();
            f.put(LAYER_COUNT, KpiSql.figures(groups(t.byLayer, Map.of()), KpiSql.Shape.COUNT, "layer:"));
            f.put(MIGRATION, KpiSql.figures(groups(t.migration, Map.of()), KpiSql.Shape.COUNT, "migration:"));
            f.put(REPURCHASE, KpiSql.figures(groups(t.repurchase, Map.of()), KpiSql.Shape.RATE, "layer:"));
            f.put(REPURCHASE_30D, rate(t.within));
            f.put(LTV, KpiSql.figures(groups(t.ltv, t.spend), KpiSql.Shape.AVERAGE, "layer:"));
            f.put(DORMANT, rate(t.dormant));
            f.put(AT_RISK, rate(t.atRisk));
            out.put(periods.get(i), f);
        }
        return out;
    }

    private static String name(List<String> names, byte[] layers, int bound) {
        return layers == null || layers[bound] == 0 ? null : names.get(layers[bound] - 1);
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
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
     * Each classified customer's layer at every bound (0: none yet, else 1 + its index in {@code names}): the
     * to_layer of its latest change strictly before the bound, ties on the moment broken by the higher id — read in
     * (customer, moment, id) order, so a later row of a customer overwrites an earlier one at every bound after it.
     */
    private static Map<Long, byte[]> layers(JdbcTemplate jdbc, List<Instant> bounds, List<String> names) {
        Map<Long, byte[]> out = new HashMap<>();
        stream(jdbc).query("SELECT customer_id, to_layer, changed_at FROM customer_layer_change WHERE changed_at < ? "
                + "ORDER BY customer_id, changed_at, id", rs -> {
            byte[] l = out.computeIfAbsent(rs.getLong(1), c -> new byte[bounds.size()]);
            String layer = rs.getString(2);
            int code = names.indexOf(layer);
            if (code < 0) {
                names.add(layer);
                code = names.size() - 1;
            }
            Instant at = KpiSql.instant(rs, 3);
            for (int b = 0; b < bounds.size(); b++) {
                if (at.isBefore(bounds.get(b))) {
                    l[b] = (byte) (code + 1);
                }
            }
        }, KpiSql.utc(bounds.getLast()));
        return out;
    }

    /** One customer's paid orders in each period: count (stopping at 2), the first (micros), and another within 30 days. */
    private static final class Orders {
        final byte[] count;
        final long[] first;
        final boolean[] followed;

        Orders(int periods) {
            count = new byte[periods];
            first = new long[periods];
            followed = new boolean[periods];
        }

        void clear() {
            Arrays.fill(count, (byte) 0);
            Arrays.fill(followed, false);
        }
    }

    private interface OrdersOf {
        void customer(long customer, Orders orders);
    }

    /**
     * Per customer with a paid order between the earliest start and the latest evaluation moment (inclusive: an
     * order exactly 30 days after a first one placed 30 days before the end still follows it), its orders in time
     * order give for each period: the orders in [start, E), the first of them, and whether a later one came within 30
     * days after it. Read in (customer, moment) order from the index on (customer, status, moment), one customer at
     * a time, so nothing of a customer is kept once its orders are counted.
     */
    private static void orders(JdbcTemplate jdbc, List<KpiPeriod> periods, OrdersOf sink) {
        Instant from = periods.stream().map(KpiPeriod::start).min(Instant::compareTo).orElseThrow();
        Instant to = periods.stream().map(KpiPeriod::at).max(Instant::compareTo).orElseThrow();
        int n = periods.size();
        long[] starts = periods.stream().mapToLong(p -> micros(p.start())).toArray();
        long[] ats = periods.stream().mapToLong(p -> micros(p.at())).toArray();
        Orders o = new Orders(n);
        long[] current = {Long.MIN_VALUE};
        stream(jdbc).query("SELECT customer_id, placed_at FROM customer_order USE INDEX (ix_order_customer_paid) WHERE status = 'PAID' "
                + "AND placed_at >= ? AND placed_at <= ? ORDER BY customer_id, placed_at", rs -> {
            long customer = rs.getLong(1);
            if (customer != current[0]) {
                if (current[0] != Long.MIN_VALUE) {
                    sink.customer(current[0], o);
                }
                current[0] = customer;
                o.clear();
            }
            long t = micros(KpiSql.instant(rs, 2));
            for (int i = 0; i < n; i++) {
                if (o.count[i] > 0 && t > o.first[i] && t <= o.first[i] + WITHIN_MICROS) {
                    o.followed[i] = true;
                }
                if (t >= starts[i] && t < ats[i]) {
                    if (o.count[i] == 0) {
                        o.first[i] = t;
                    }
                    o.count[i] = (byte) Math.min(2, o.count[i] + 1);
                }
            }
        }, KpiSql.utc(from), KpiSql.utc(to));
        if (current[0] != Long.MIN_VALUE) {
            sink.customer(current[0], o);
        }
    }

    private interface SpendOf {
        void customer(long customer, long[] orders, BigDecimal[] sums);
    }

    /**
     * Per customer with a paid order in the shop currency before the latest evaluation moment: for each evaluation
     * moment, how many such orders before it and their amounts' sum. Grouped along the index on (customer, status,
     * moment, currency, amount), which holds every column read (MariaDB chose a temporary table on the time index).
     */
    private static void spend(JdbcTemplate jdbc, List<Instant> ats, String currency, SpendOf sink) {
        StringBuilder sql = new StringBuilder("SELECT customer_id");
        List<Object> params = new ArrayList<>();
        for (Instant at : ats) {
            sql.append(", COUNT(CASE WHEN placed_at < ? THEN 1 END), SUM(CASE WHEN placed_at < ? THEN amount END)");
            params.add(KpiSql.utc(at));
            params.add(KpiSql.utc(at));
        }
        sql.append(" FROM customer_order USE INDEX (ix_order_customer_paid) WHERE status = 'PAID' AND currency = ? AND placed_at < ? "
                + "GROUP BY customer_id");
        params.add(currency);
        params.add(KpiSql.utc(ats.getLast()));
        stream(jdbc).query(sql.toString(), rs -> {
            long[] n = new long[ats.size()];
            BigDecimal[] sums = new BigDecimal[ats.size()];
            for (int k = 0; k < ats.size(); k++) {
                n[k] = rs.getLong(2 + 2 * k);
                sums[k] = rs.getBigDecimal(3 + 2 * k);
            }
            sink.customer(rs.getLong(1), n, sums);
        }, params.toArray());
    }

    /** Reads in chunks (MariaDB sends a whole result at once otherwise); joins the caller's transaction's connection. */
    private static JdbcTemplate stream(JdbcTemplate jdbc) {
        JdbcTemplate t = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
        t.setFetchSize(5000);
        return t;
    }

}
