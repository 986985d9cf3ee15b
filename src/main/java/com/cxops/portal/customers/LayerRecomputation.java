package com.cxops.portal.customers;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.access.ManagersAndAdmins;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.settings.SettingsService;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Places every customer in a layer and gives RFM scores, from paid orders (refunded and cancelled orders are not
 * revenue and never count). Global values (the top-spend cut, the quintile boundaries) come from aggregate SQL;
 * customers are then walked in keyset batches of {@value #BATCH}, each aggregated with one GROUP BY and written in
 * its own transaction, so memory stays bounded however many customers there are. Only changed rows are written.
 * One run at a time across the cluster (ShedLock "customer-layers"), whether started by the night or by a manager.
 */
@Service
public class LayerRecomputation {

    static final String LOCK = "customer-layers";
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(LayerRecomputation.class);

    /** Totals of a run; {@code ran} is false when another run held the lock. */
    public record Result(boolean ran, long customers, long changed, long enteredAtRisk) {
    }

    /** Told after each batch: customers done so far, of about how many. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SettingsService settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final LockProvider locks;

    public LayerRecomputation(JdbcTemplate jdbc, PlatformTransactionManager transactions, SettingsService settings,
                              Clock clock, ApplicationEventPublisher events, AuditTrail audit, LockProvider locks) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
        this.locks = locks;
    }

    /** The "recompute now" action of managers; returns without running when a run is already under way. */
    @ManagersAndAdmins
    public Result recomputeNow(Progress progress) {
        return runLocked(progress);
    }

    /** For the nightly job and the demo data loader (no person behind it). */
    Result runLocked(Progress progress) {
        Instant now = clock.instant();
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(now, LOCK, Duration.ofHours(2), Duration.ZERO));
        if (lock.isEmpty()) {
            return new Result(false, 0, 0, 0);
        }
        try {
            return run(progress);
        } finally {
            lock.get().unlock();
        }
    }

    /** The demo loader: the layer history of the customers in [fromId, toId] at past moments, then today's run of all. */
    Result replayThenRun(List<Instant> moments, long fromId, long toId, Progress progress) {
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), LOCK, Duration.ofHours(2), Duration.ZERO));
        if (lock.isEmpty()) {
            return new Result(false, 0, 0, 0);
        }
        try {
            replay(moments, fromId, toId);
            return run(progress);
        } finally {
            lock.get().unlock();
        }
    }

    /** One run without taking the lock (the caller holds it). */
    Result run(Progress progress) {
        return runAt(clock.instant(), null, progress);
    }

    /**
     * Replays the nightly computation at past moments, oldest first, for the customers with ids in [fromId, toId]
     * (the demo's), so that they get the layer history their orders give: at each moment only orders placed by then
     * and customers registered by then count, and a changed layer is written to the history at that moment exactly as
     * the nightly run would have. No events are published (no win-back tasks or account-manager hand-overs for the
     * past). The caller holds the lock.
     */
    void replay(List<Instant> moments, long fromId, long toId) {
        for (Instant at : moments) {
            runAt(at, new long[]{fromId, toId}, (done, total) -> { });
        }
        tx.executeWithoutResult(s -> audit.record("CUSTOMER_LAYER_HISTORY_REPLAYED", "Customer", null,
                AuditDetails.of("audit.detail.layer-history-replayed", String.valueOf(fromId), String.valueOf(toId), moments.size())));
    }

    /** {@code replayIds}: null for the live run of every customer, else [from, to] of a replay at a past moment. */
    private Result runAt(Instant now, long[] replayIds, Progress progress) {
        LayerThresholds t = CustomerSettings.read(settings);
        LayerRules rules = new LayerRules(t);
        Window w = new Window(now, now.minus(Duration.ofDays(t.spendWindowDays())),
                now.minus(Duration.ofDays(t.activeWindowDays())), t.currency());
        Global global = global(w, t.hnwTopPercent());
        Optional<BigDecimal> cut = global.cut();
        Boundaries b = global.boundaries();
        Long totalObj = jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class);
        long total = totalObj == null ? 0 : totalObj;
        long done = 0;
        long changed = 0;
        long atRisk = 0;
        long after = replayIds == null ? 0 : replayIds[0] - 1;
        long last = replayIds == null ? Long.MAX_VALUE : replayIds[1];
        while (true) {
            List<Long> ids = jdbc.queryForList("SELECT id FROM customer WHERE id > ? AND id <= ? ORDER BY id LIMIT " + BATCH,
                    Long.class, after, last);
            if (ids.isEmpty()) {
                break;
            }
            long from = ids.getFirst();
            long to = ids.getLast();
            long[] counts = Objects.requireNonNull(tx.execute(s -> batch(from, to, w, cut, b, rules, replayIds == null)));
            changed += counts[0];
            atRisk += counts[1];
            done += ids.size();
            after = to;
            progress.update(done, Math.max(total, done));
        }
        long customers = done;
        long changedTotal = changed;
        long atRiskTotal = atRisk;
        if (replayIds != null) {
            return new Result(true, customers, changedTotal, atRiskTotal);
        }
        tx.executeWithoutResult(s -> audit.record("CUSTOMER_LAYERS_RECOMPUTED", "Customer", null,
                AuditDetails.of("audit.detail.layers-recomputed", customers, changedTotal, atRiskTotal)));
        log.info("Customer layers recomputed: {} customers, {} changed, {} entered at risk", customers, changedTotal, atRiskTotal);
        return new Result(true, customers, changedTotal, atRiskTotal);
    }

    private record Window(Instant now, Instant spendSince, Instant activeSince, String currency) {
    }

    private record Boundaries(List<LocalDateTime> recency, List<Long> frequency, List<BigDecimal> monetary) {
    }

    private static final String RFM = """
            SELECT customer_id, MAX(placed_at) AS last_at, COUNT(*) AS cnt,
                   SUM(CASE WHEN currency = ? THEN amount ELSE 0 END) AS spend
            FROM customer_order
            WHERE status = 'PAID' AND placed_at > ? AND placed_at <= ?
            GROUP BY customer_id""";

    /**
     * The top-spend cut and the RFM quintile boundaries from ONE pass over the window's paid orders, aggregated per
     * customer in SQL. Picking each boundary with its own ORDER BY … OFFSET query re-aggregated the window fifteen
     * times (about 17 s each at 2 000 000 orders); three values per customer sort in a few MB instead.
     */
    private Global global(Window w, BigDecimal topPercent) {
        List<LocalDateTime> recency = new ArrayList<>();
        List<Long> frequency = new ArrayList<>();
        List<BigDecimal> monetary = new ArrayList<>();
        jdbc.query(RFM, rs -> {
            recency.add(rs.getObject("last_at", LocalDateTime.class));
            frequency.add(rs.getLong("cnt"));
            BigDecimal spend = rs.getBigDecimal("spend");
            monetary.add(spend == null ? BigDecimal.ZERO : spend);
        }, w.currency(), utc(w.spendSince()), utc(w.now()));
        // the spenders in the portal's currency, most first: the customer at the top-share position gives the cut
        List<BigDecimal> spenders = monetary.stream().filter(m -> m.signum() > 0).sorted(Comparator.reverseOrder()).toList();
        long k = Ranking.topCount(spenders.size(), topPercent);
        Optional<BigDecimal> cut = k == 0 ? Optional.empty() : Optional.of(spenders.get((int) k - 1));
        recency.sort(Comparator.naturalOrder());
        frequency.sort(Comparator.naturalOrder());
        monetary.sort(Comparator.naturalOrder());
        List<LocalDateTime> r = new ArrayList<>();
        List<Long> f = new ArrayList<>();
        List<BigDecimal> m = new ArrayList<>();
        for (long offset : Ranking.quintileOffsets(frequency.size())) {
            r.add(recency.get((int) offset));
            f.add(frequency.get((int) offset));
            m.add(monetary.get((int) offset));
        }
        return new Global(cut, new Boundaries(r, f, m));
    }

    private record Global(Optional<BigDecimal> cut, Boundaries boundaries) {
    }

    private static final String FACTS = """
            SELECT c.id, c.registered_at, c.layer, c.layer_reason, c.high_net_worth, c.last_order_at,
                   c.rfm_recency, c.rfm_frequency, c.rfm_monetary,
                   MIN(o.placed_at) AS first_at, MAX(o.placed_at) AS last_at,
                   SUM(CASE WHEN o.placed_at > ? THEN 1 ELSE 0 END) AS active_cnt,
                   SUM(CASE WHEN o.placed_at > ? AND o.currency = ? THEN o.amount ELSE 0 END) AS spend,
                   SUM(CASE WHEN o.placed_at > ? AND o.currency = ? THEN 1 ELSE 0 END) AS spend_cnt,
                   SUM(CASE WHEN o.placed_at > ? THEN 1 ELSE 0 END) AS rfm_cnt,
                   MAX(CASE WHEN o.placed_at > ? THEN o.placed_at END) AS rfm_last
            FROM customer c
            LEFT JOIN customer_order o ON o.customer_id = c.id AND o.status = 'PAID' AND o.placed_at <= ?
            WHERE c.id BETWEEN ? AND ?
            GROUP BY c.id, c.registered_at, c.layer, c.layer_reason, c.high_net_worth, c.last_order_at,
                     c.rfm_recency, c.rfm_frequency, c.rfm_monetary""";

    private record Row(long id, Instant registeredAt, CustomerLayer layer, String reason, boolean hnw, Instant lastOrderAt,
                       Integer r, Integer f, Integer m, LayerFacts facts, long rfmCount, LocalDateTime rfmLast) {
    }

    /** Recomputes customers with ids in [from, to]; returns {changed, entered at risk}. */
    private long[] batch(long from, long to, Window w, Optional<BigDecimal> cut, Boundaries b, LayerRules rules, boolean live) {
        LocalDateTime spendSince = utc(w.spendSince());
        // a replay at a past moment leaves out customers not registered yet
        String sql = live ? FACTS : FACTS.replace("WHERE c.id BETWEEN ? AND ?", "WHERE c.id BETWEEN ? AND ? AND (c.registered_at IS NULL OR c.registered_at <= ?)");
        List<Object> params = new ArrayList<>(List.of(utc(w.activeSince()), spendSince, w.currency(), spendSince, w.currency(),
                spendSince, spendSince, utc(w.now()), from, to));
        if (!live) {
            params.add(utc(w.now()));
        }
        List<Row> rows = jdbc.query(sql, (rs, i) -> row(rs, cut), params.toArray());
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<Long> enteredAtRisk = new ArrayList<>();
        List<CustomerHighNetWorthChanged> hnwChanges = new ArrayList<>();
        for (Row row : rows) {
            LayerDecision d = rules.decide(row.facts(), w.now());
            Integer r = null;
            Integer f = null;
            Integer m = null;
            if (row.rfmCount() > 0 && !b.frequency().isEmpty()) {
                r = Ranking.score(row.rfmLast(), b.recency());
                f = Ranking.score(row.rfmCount(), b.frequency());
                m = Ranking.score(row.facts().spendInWindow(), b.monetary());
            }
            String reason = d.encodedReason();
            boolean layerChanged = d.layer() != row.layer() || row.reason() == null;
            boolean anyChange = layerChanged || !reason.equals(row.reason()) || d.highNetWorth() != row.hnw()
                    || !Objects.equals(row.facts().lastOrderAt(), row.lastOrderAt())
                    || !Objects.equals(r, row.r()) || !Objects.equals(f, row.f()) || !Objects.equals(m, row.m());
            if (!anyChange) {
                continue;
            }
            updates.add(new Object[]{d.layer().name(), reason, d.highNetWorth(),
                    row.facts().lastOrderAt() == null ? null : utc(row.facts().lastOrderAt()), r, f, m,
                    layerChanged ? utc(w.now()) : null, row.id()});
            if (d.highNetWorth() != row.hnw()) {
                hnwChanges.add(new CustomerHighNetWorthChanged(row.id(), d.highNetWorth(), w.now()));
            }
            if (d.layer() != row.layer() || row.reason() == null) {
                // A first computation (no reason yet) records where the customer starts, from = null.
                history.add(new Object[]{row.id(), row.reason() == null ? null : row.layer().name(), d.layer().name(),
                        utc(w.now()), reason});
                if (d.layer() == CustomerLayer.AT_RISK && row.layer() != CustomerLayer.AT_RISK) {
                    enteredAtRisk.add(row.id());
                }
            }
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("""
                    UPDATE customer SET layer = ?, layer_reason = ?, high_net_worth = ?, last_order_at = ?,
                           rfm_recency = ?, rfm_frequency = ?, rfm_monetary = ?, layer_since = COALESCE(?, layer_since)
                    WHERE id = ?""", updates);
        }
        if (!history.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO customer_layer_change (customer_id, from_layer, to_layer, changed_at, reason) "
                    + "VALUES (?, ?, ?, ?, ?)", history);
        }
        if (live) {
            for (Long id : enteredAtRisk) {
                events.publishEvent(new CustomerEnteredAtRisk(id, w.now()));
            }
            hnwChanges.forEach(events::publishEvent);
        }
        return new long[]{updates.size(), enteredAtRisk.size()};
    }

    private static Row row(ResultSet rs, Optional<BigDecimal> cut) throws SQLException {
        BigDecimal spend = rs.getBigDecimal("spend");
        spend = spend == null ? BigDecimal.ZERO : spend;
        boolean top = spend.signum() > 0 && cut.isPresent() && spend.compareTo(cut.get()) >= 0;
        Instant lastAt = instant(rs, "last_at");
        LayerFacts facts = new LayerFacts(instant(rs, "registered_at"), instant(rs, "first_at"), lastAt,
                rs.getLong("active_cnt"), spend, rs.getLong("spend_cnt"), top);
        return new Row(rs.getLong("id"), instant(rs, "registered_at"), CustomerLayer.valueOf(rs.getString("layer")),
                rs.getString("layer_reason"), rs.getBoolean("high_net_worth"), instant(rs, "last_order_at"),
                (Integer) rs.getObject("rfm_recency", Integer.class), rs.getObject("rfm_frequency", Integer.class),
                rs.getObject("rfm_monetary", Integer.class), facts, rs.getLong("rfm_cnt"),
                rs.getObject("rfm_last", LocalDateTime.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** DATETIME columns hold UTC (hibernate.jdbc.time_zone=UTC); bind them as UTC local date-times. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
