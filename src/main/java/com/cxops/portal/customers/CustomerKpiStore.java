package com.cxops.portal.customers;

import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.base.settings.ShopSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.cxops.portal.base.kpi.KpiSql.utc;

/**
 * The customer KPIs' figures of settled periods (docs/kpis.md "Scale"): a period that ended at least
 * {@link #SETTLED_AFTER} ago is stored when first computed, and read back instead of counting its paid orders again.
 * <p>
 * <b>How the stored figures stay equal to the live ones.</b> They depend only on paid orders placed before the period's
 * end and layer changes before it. Every write of either ({@link IntakeWriter} for orders, {@link LayerBatch} for layer
 * changes, the demo data) calls {@link #changed} in its own transaction with the earliest moment it touched: when a
 * stored period may end after it, the periods that do are deleted and the generation is bumped. A computation reads
 * the generation in the same transaction as its data and stores only if it is unchanged when it stores (row lock on
 * the state row), so figures counted before a concurrent back-dated write never land. Live orders touch nothing here.
 */
@Component
public class CustomerKpiStore {

    /** A period is stored only once it ended this long ago: a write still in flight at its end has committed. */
    static final Duration SETTLED_AFTER = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(CustomerKpiStore.class);

    private final JdbcTemplate jdbc;
    private final ShopSettings shop;
    private final TransactionTemplate newTransaction;

    CustomerKpiStore(JdbcTemplate jdbc, ShopSettings shop, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.shop = shop;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether a period's figures may be stored at {@code now}. */
    static boolean settled(KpiPeriod p, Instant now) {
        return !p.end().plus(SETTLED_AFTER).isAfter(now);
    }

    /** The generation as the caller's transaction sees it; read before the data a computation stores. */
    long generation() {
        Long g = jdbc.queryForObject("SELECT generation FROM customer_kpi_state WHERE id = 1", Long.class);
        return g == null ? 0 : g;
    }

    /** The stored figures of those of the periods that are stored (in the shop currency {@code currency}). */
    Map<KpiPeriod, Map<String, Map<String, KpiValue>>> read(List<KpiPeriod> periods, String currency) {
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> out = new HashMap<>();
        if (periods.isEmpty()) {
            return out;
        }
        Map<Long, KpiPeriod> byId = new HashMap<>();
        for (KpiPeriod p : periods) {
            List<Long> id = jdbc.queryForList("SELECT id FROM customer_kpi_period WHERE start_at = ? AND end_at = ? AND currency = ?",
                    Long.class, utc(p.start()), utc(p.end()), currency);
            if (!id.isEmpty()) {
                byId.put(id.getFirst(), p);
                out.put(p, new LinkedHashMap<>());
            }
        }
        if (byId.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(byId.size(), "?"));
        jdbc.query("SELECT period_id, kpi, split, figure, numerator, denominator FROM customer_kpi_figure WHERE period_id IN ("
                + marks + ") ORDER BY period_id, kpi, pos", rs -> {
            String figure = rs.getString(4);
            long numerator = rs.getLong(5);
            long denominator = rs.getLong(6);
            Long d = rs.wasNull() ? null : denominator;
            KpiValue v = new KpiValue(figure == null ? null : new BigDecimal(figure), numerator, d);
            out.get(byId.get(rs.getLong(1))).computeIfAbsent(rs.getString(2), k -> new LinkedHashMap<>()).put(rs.getString(3), v);
        }, byId.keySet().toArray());
        return out;
    }

    /**
     * Stores the figures of settled periods, in a transaction of its own, unless a write that could change them
     * committed since {@code generation} was read. A period stored meanwhile by another computation is replaced.
     */
    void store(Map<KpiPeriod, Map<String, Map<String, KpiValue>>> figures, String currency, long generation, Instant now) {
        if (figures.isEmpty()) {
            return;
        }
        newTransaction.executeWithoutResult(s -> {
            List<Long> current = jdbc.queryForList("SELECT generation FROM customer_kpi_state WHERE id = 1 FOR UPDATE", Long.class);
            if (current.isEmpty() || current.getFirst() != generation) {
                log.debug("Customer KPI figures not stored: the data changed while they were counted");
                return;
            }
            figures.forEach((p, f) -> {
                jdbc.update("DELETE FROM customer_kpi_period WHERE start_at = ? AND end_at = ? AND currency = ?",
                        utc(p.start()), utc(p.end()), currency);
                jdbc.update("INSERT INTO customer_kpi_period (start_at, end_at, currency, computed_at) VALUES (?, ?, ?, ?)",
                        utc(p.start()), utc(p.end()), currency, utc(now));
                Long id = jdbc.queryForObject("SELECT id FROM customer_kpi_period WHERE start_at = ? AND end_at = ? AND currency = ?",
                        Long.class, utc(p.start()), utc(p.end()), currency);
                List<Object[]> rows = new ArrayList<>();
                f.forEach((kpi, splits) -> {
                    int pos = 0;
                    for (var e : splits.entrySet()) {
                        KpiValue v = e.getValue();
                        rows.add(new Object[]{id, kpi, e.getKey(), pos++, v.value() == null ? null : v.value().toPlainString(),
                                v.numerator(), v.denominator()});
                    }
                });
                jdbc.batchUpdate("INSERT INTO customer_kpi_figure (period_id, kpi, split, pos, figure, numerator, denominator) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
            });
        });
    }

    /**
     * A write of paid orders or layer changes touched moments from {@code earliest} on: called in the writer's
     * transaction. When a stored or storable period may end after {@code earliest}, it deletes the stored figures
     * that end after it and bumps the generation, so that computations in flight do not store theirs.
     */
    public void changed(Instant earliest, Instant now) {
        if (earliest.isBefore(latestStorableEnd(now))) {
            jdbc.update("UPDATE customer_kpi_state SET generation = generation + 1 WHERE id = 1");
            jdbc.update("DELETE FROM customer_kpi_period WHERE end_at > ?", utc(earliest));
        }
    }

    /**
     * No stored period, and none a computation running now can store, ends after this: a stored period ended at
     * least {@link #SETTLED_AFTER} before it was stored (an hour's margin for a computation's own duration), at a
     * month start — in the shop zone, or in a zone set before, whose month starts lie within 26 hours of this one's.
     * So live orders (placed today, or in this month after its second day) touch nothing here.
     */
    Instant latestStorableEnd(Instant now) {
        Instant monthStart = ZonedDateTime.ofInstant(now, shop.zone()).toLocalDate().withDayOfMonth(1).atStartOfDay(shop.zone()).toInstant();
        Instant bySettling = now.minus(SETTLED_AFTER).plus(Duration.ofHours(1));
        Instant byMonth = monthStart.plus(Duration.ofDays(2));
        return bySettling.isBefore(byMonth) ? bySettling : byMonth;
    }

    /** Forgets every stored figure (data written around the portal's writers: demo data, the benchmark shop). */
    public void clear() {
        jdbc.update("UPDATE customer_kpi_state SET generation = generation + 1 WHERE id = 1");
        jdbc.update("DELETE FROM customer_kpi_period");
    }

}
