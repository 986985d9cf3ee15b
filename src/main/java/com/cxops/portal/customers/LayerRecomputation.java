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
    private final LayerBatch batches;

    public LayerRecomputation(JdbcTemplate jdbc, PlatformTransactionManager transactions, SettingsService settings,
                              Clock clock, ApplicationEventPublisher events, AuditTrail audit, LockProvider locks,
                              CustomerKpiStore kpiStore) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
        this.locks = locks;
        this.batches = new LayerBatch(jdbc, events, kpiStore, clock);
    }

    /** The thresholds a run started now would use (the settings, read as one consistent set). */
    public LayerThresholds thresholds() {
        return CustomerSettings.read(settings);
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
            long[] counts = Objects.requireNonNull(tx.execute(s -> batches.write(from, to, w.now(), w.spendSince(), w.activeSince(), w.currency(),
                    cut, b, rules, replayIds == null)));
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

    /** The RFM quintile boundaries of a run (Ranking.score picks a customer's score from them). */
    record Boundaries(List<LocalDateTime> recency, List<Long> frequency, List<BigDecimal> monetary) {
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

    /** DATETIME columns hold UTC (hibernate.jdbc.time_zone=UTC); bind them as UTC local date-times. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
