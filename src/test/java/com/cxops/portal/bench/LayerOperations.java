package com.cxops.portal.bench;

import com.cxops.portal.customers.LayerRecomputation;
import com.cxops.portal.customers.LayerThresholds;
import com.cxops.portal.customers.Ranking;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The customer layer recomputation, the whole pass over every customer: as the night runs it (a few hundred
 * customers change), and with a realistic share changed — before each run (untimed) the stored layer of every tenth
 * generated customer (a different tenth each run) is set to another one, so the pass writes a tenth of the shop back
 * with its history rows, as after a change of the layer settings or a long pause of the job; after the run (untimed)
 * those customers get every stored value back and their history rows of the run are deleted. Customers at risk or
 * of high net worth are left out of that share: moving them would start win-back and account-manager tasks.
 * <p>
 * Floor (both): SQL that produces the same layer per customer — the top-spend cut from one aggregation of the spend
 * window, then one GROUP BY of every customer's paid orders with the layer rules written as a CASE over instants
 * (a number of days passed is an instant compared with now minus the days). It writes nothing. The comparison run
 * checks that the layers the pass stored are those the floor computes: the number per layer and a checksum of every
 * customer's (id, layer).
 */
final class LayerOperations {

    static final double LAYERS_SECONDS = 20;
    static final String NIGHTLY = "layer recomputation (all customers)";
    static final String FULL_PASS = "layer recomputation, full pass (10 % of customers changed)";
    private static final int SHARE = 10;
    private static final String SAVED = "id, layer, layer_reason, high_net_worth, last_order_at, rfm_recency, rfm_frequency, rfm_monetary, layer_since";

    private LayerOperations() {
    }

    static List<BenchOperation> all(BenchContext ctx) {
        BenchOperation nightly = BenchOperation.job(NIGHTLY, run -> recompute(ctx, run), run -> floor(ctx), LAYERS_SECONDS);
        long[] history = new long[1];
        List<Map<String, Object>> saved = new ArrayList<>();
        BenchOperation full = BenchOperation.job(FULL_PASS, run -> recompute(ctx, run), run -> floor(ctx), LAYERS_SECONDS)
                .around(run -> {
                    history[0] = ctx.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM customer_layer_change", Long.class);
                    saved.clear();
                    saved.addAll(ctx.jdbc.queryForList("SELECT " + SAVED + " FROM customer " + share(ctx, run)));
                    ctx.jdbc.update("UPDATE customer SET layer = CASE WHEN layer = 'REGULAR' THEN 'ACTIVE' ELSE 'REGULAR' END "
                            + share(ctx, run));
                    return null;
                }, run -> {
                    ctx.jdbc.update("DELETE FROM customer_layer_change WHERE id > ? AND customer_id IN (SELECT id FROM customer "
                            + share(ctx, run) + ")", history[0]);
                    ctx.jdbc.batchUpdate("UPDATE customer SET layer = ?, layer_reason = ?, high_net_worth = ?, last_order_at = ?, "
                            + "rfm_recency = ?, rfm_frequency = ?, rfm_monetary = ?, layer_since = ? WHERE id = ?", saved.stream()
                            .map(r -> new Object[]{r.get("layer"), r.get("layer_reason"), r.get("high_net_worth"), r.get("last_order_at"),
                                    r.get("rfm_recency"), r.get("rfm_frequency"), r.get("rfm_monetary"), r.get("layer_since"), r.get("id")})
                            .toList());
                    return null;
                });
        return List.of(nightly, full);
    }

    /** Every tenth generated customer (which tenth changes with the run), neither at risk nor of high net worth. */
    private static String share(BenchContext ctx, int run) {
        return "WHERE external_id LIKE '" + ctx.prefix.replace("'", "''") + "C%' AND MOD(id, " + SHARE + ") = " + Math.floorMod(run, SHARE)
                + " AND layer NOT IN ('AT_RISK', 'HIGH_NET_WORTH') AND high_net_worth = FALSE";
    }

    /** The pass through the portal; the comparison run returns the stored layers it left (read after it, untimed there). */
    private static Object recompute(BenchContext ctx, int run) throws Exception {
        LayerRecomputation.Result result = BenchContext.as(ctx.manager, () -> ctx.layers.recomputeNow((done, total) -> { }));
        if (!result.ran()) {
            throw new IllegalStateException("another layer recomputation holds the lock");
        }
        if (run != 0) {
            return null;
        }
        Layers stored = new Layers();
        ctx.jdbc.query("SELECT id, layer FROM customer ORDER BY id", rs -> { stored.add(rs.getLong(1), rs.getString(2)); });
        System.out.printf("Layer recomputation: %s%n", result);
        return stored.summary();
    }

    /** Per layer how many customers, and a checksum of every (id, layer) in id order: equal when every customer's layer is. */
    private static final class Layers {
        final Map<String, Long> counts = new TreeMap<>();
        final CRC32 crc = new CRC32();

        void add(long id, String layer) {
            counts.merge(layer, 1L, Long::sum);
            crc.update((id + ":" + layer + ";").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }

        String summary() {
            return counts + " crc " + Long.toHexString(crc.getValue());
        }
    }

    /** The layers of every customer now, by SQL (see the class comment); returns the same summary as the pass. */
    static String floor(BenchContext ctx) {
        LayerThresholds t = ctx.layers.thresholds();
        Instant now = ctx.clock.instant();
        LocalDateTime at = utc(now);
        LocalDateTime spendSince = utc(now.minus(Duration.ofDays(t.spendWindowDays())));
        LocalDateTime activeSince = utc(now.minus(Duration.ofDays(t.activeWindowDays())));
        // the top-spend cut: the spend of the customer at the top share's position among those who spent
        List<BigDecimal> spends = ctx.jdbc.queryForList("SELECT s.spend FROM (SELECT SUM(CASE WHEN currency = ? THEN amount ELSE 0 END) AS spend "
                + "FROM customer_order WHERE status = 'PAID' AND placed_at > ? AND placed_at <= ? GROUP BY customer_id) s WHERE s.spend > 0",
                BigDecimal.class, t.currency(), spendSince, at);
        spends.sort(Comparator.reverseOrder());
        long k = Ranking.topCount(spends.size(), t.hnwTopPercent());
        BigDecimal cut = k == 0 ? null : spends.get((int) k - 1);
        String basis = "COALESCE(f.last_at, f.registered_at)";
        String sql = "SELECT f.id, CASE "
                + "WHEN " + basis + " IS NULL OR " + basis + " <= ? THEN 'DORMANT' "
                + "WHEN " + basis + " <= ? THEN 'AT_RISK' "
                + (cut == null ? "" : "WHEN f.spend > 0 AND f.spend >= ? AND f.spend >= ? * f.spend_cnt THEN 'HIGH_NET_WORTH' ")
                + "WHEN f.registered_at <= ? AND f.registered_at > ? THEN 'NEW' "
                + "WHEN f.first_at > ? THEN 'NEW' "
                + "WHEN f.active_cnt >= ? THEN 'ACTIVE' ELSE 'REGULAR' END AS layer FROM ("
                + "SELECT c.id, c.registered_at, MIN(o.placed_at) AS first_at, MAX(o.placed_at) AS last_at, "
                + "SUM(CASE WHEN o.placed_at > ? THEN 1 ELSE 0 END) AS active_cnt, "
                + "SUM(CASE WHEN o.placed_at > ? AND o.currency = ? THEN o.amount ELSE 0 END) AS spend, "
                + "SUM(CASE WHEN o.placed_at > ? AND o.currency = ? THEN 1 ELSE 0 END) AS spend_cnt "
                + "FROM customer c LEFT JOIN customer_order o ON o.customer_id = c.id AND o.status = 'PAID' AND o.placed_at <= ? "
                + "GROUP BY c.id, c.registered_at) f ORDER BY f.id";
        LocalDateTime newSince = utc(now.minus(Duration.ofDays(t.newDays())));
        List<Object> params = new ArrayList<>(List.of(utc(now.minus(Duration.ofDays(t.dormantDays()))),
                utc(now.minus(Duration.ofDays(t.atRiskDays())))));
        if (cut != null) {
            params.add(cut);
            params.add(t.referenceAov().multiply(t.hnwAovMultiple()));
        }
        params.addAll(List.of(at, newSince, newSince, t.activeMinOrders(), activeSince, spendSince, t.currency(), spendSince, t.currency(), at));
        Layers layers = new Layers();
        ctx.jdbc.query(sql, rs -> { layers.add(rs.getLong(1), rs.getString(2)); }, params.toArray());
        return layers.summary();
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
