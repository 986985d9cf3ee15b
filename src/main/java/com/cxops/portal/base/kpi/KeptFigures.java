package com.cxops.portal.base.kpi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static com.cxops.portal.base.kpi.KpiSql.utc;

/**
 * The figures of settled periods of the read models of one source of data (docs/kpis.md "Kept figures of settled
 * periods"): a period that ended at least {@link #SETTLED_AFTER} ago is stored when a pack first counts it, and read
 * back instead of counting its rows again.
 * <p>
 * <b>How the kept figures stay equal to the live ones.</b> Every write of the source's data calls {@link #changed} in
 * its own transaction, last, with the earliest moment it touched: when a kept period may end after it, the periods
 * that do are deleted and the generation is bumped. A count reads the generation in the same transaction as its
 * data and stores only if it is unchanged when it stores (row lock on the source's state row), so figures counted
 * before a concurrent back-dated write never land. Writes dated in the current month touch nothing here.
 */
public final class KeptFigures {

    /** A period is kept only once it ended this long ago: a write still in flight at its end has committed. */
    public static final Duration SETTLED_AFTER = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(KeptFigures.class);

    private final String source;
    private final JdbcTemplate jdbc;
    private final Supplier<ZoneId> zone;
    private final TransactionTemplate newTransaction;

    public KeptFigures(String source, JdbcTemplate jdbc, Supplier<ZoneId> zone, PlatformTransactionManager transactions) {
        this.source = source;
        this.jdbc = jdbc;
        this.zone = zone;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether a period's figures may be kept at {@code now}. */
    public static boolean settled(KpiPeriod p, Instant now) {
        return settled(p, now, SETTLED_AFTER);
    }

    /** Whether a period's figures may be kept at {@code now}, for figures that count writes until {@code after} past its end. */
    public static boolean settled(KpiPeriod p, Instant now, Duration after) {
        return !p.end().plus(after.compareTo(SETTLED_AFTER) < 0 ? SETTLED_AFTER : after).isAfter(now);
    }

    /**
     * A pack's figures of a model of this source: those of settled periods kept before are read back, the others
     * counted with {@code count}: a settled period with all the model's KPIs (so that what is kept is complete) and
     * kept, a period still open with only the {@code wanted} ones. Only the {@code wanted} KPIs are returned.
     */
    public Map<KpiPeriod, Map<String, Map<String, KpiValue>>> packFigures(String model, List<KpiPeriod> periods, Predicate<KpiDefinition> wanted,
                                                                         List<KpiDefinition> definitions, String currency, Instant now,
                                                                         java.util.function.BiFunction<List<KpiPeriod>, Predicate<KpiDefinition>, Map<KpiPeriod, Map<String, Map<String, KpiValue>>>> count) {
        return packFigures(model, periods, wanted, definitions, currency, now, SETTLED_AFTER, count);
    }

    /**
     * As {@link #packFigures(String, List, Predicate, List, String, Instant, Function)}, for a model whose figures count
     * rows dated up to {@code settledAfter} past a period's end (a conversion within 30 days of a contact): a period
     * is kept only once that much has passed.
     */
    public Map<KpiPeriod, Map<String, Map<String, KpiValue>>> packFigures(String model, List<KpiPeriod> periods, Predicate<KpiDefinition> wanted,
                                                                         List<KpiDefinition> definitions, String currency, Instant now,
                                                                         Duration settledAfter,
                                                                         java.util.function.BiFunction<List<KpiPeriod>, Predicate<KpiDefinition>, Map<KpiPeriod, Map<String, Map<String, KpiValue>>>> count) {
        long generation = generation();
        List<KpiPeriod> settled = periods.stream().filter(p -> !p.isFuture() && settled(p, now, settledAfter)).distinct().toList();
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> all = new LinkedHashMap<>(read(model, settled, currency));
        List<KpiPeriod> toKeep = settled.stream().filter(p -> !all.containsKey(p)).toList();
        List<KpiPeriod> open = periods.stream().filter(p -> !all.containsKey(p) && !settled.contains(p)).distinct().toList();
        if (!toKeep.isEmpty()) {
            Map<KpiPeriod, Map<String, Map<String, KpiValue>>> counted = count.apply(toKeep, d -> true);
            all.putAll(counted);
            store(model, counted, currency, generation, now);
        }
        if (!open.isEmpty()) {
            all.putAll(count.apply(open, wanted));
        }
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> ordered = new LinkedHashMap<>();
        periods.forEach(p -> ordered.put(p, all.get(p)));
        return KpiReadModel.only(ordered, definitions, wanted);
    }

    /** The generation as the caller's transaction sees it; read before the data a count stores. */
    public long generation() {
        List<Long> g = jdbc.queryForList("SELECT generation FROM kpi_kept_state WHERE source = ?", Long.class, source);
        return g.isEmpty() ? 0 : g.getFirst();
    }

    /** The kept figures of those of the periods that are kept for the model (in the shop currency {@code currency}). */
    public Map<KpiPeriod, Map<String, Map<String, KpiValue>>> read(String model, List<KpiPeriod> periods, String currency) {
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> out = new HashMap<>();
        if (periods.isEmpty()) {
            return out;
        }
        List<Object> params = new ArrayList<>(List.of(model, currency));
        StringBuilder bounds = new StringBuilder();
        for (KpiPeriod p : periods) {
            bounds.append(bounds.isEmpty() ? "" : " OR ").append("(start_at = ? AND end_at = ?)");
            params.add(utc(p.start()));
            params.add(utc(p.end()));
        }
        Map<Long, KpiPeriod> byId = new HashMap<>();
        jdbc.query("SELECT id, start_at, end_at FROM kpi_kept_period WHERE model = ? AND currency = ? AND (" + bounds + ")", rs -> {
            long id = rs.getLong(1);
            Instant start = KpiSql.instant(rs, 2);
            Instant end = KpiSql.instant(rs, 3);
            periods.stream().filter(p -> p.start().equals(start) && p.end().equals(end)).findFirst().ifPresent(p -> {
                byId.put(id, p);
                out.put(p, new LinkedHashMap<>());
            });
        }, params.toArray());
        if (byId.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", Collections.nCopies(byId.size(), "?"));
        jdbc.query("SELECT period_id, kpi, split, figure, numerator, denominator FROM kpi_kept_figure WHERE period_id IN ("
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
     * Keeps the figures of settled periods, in a transaction of its own, unless a write that could change them
     * committed since {@code generation} was read. A period kept meanwhile by another count is replaced.
     */
    public void store(String model, Map<KpiPeriod, Map<String, Map<String, KpiValue>>> figures, String currency, long generation, Instant now) {
        if (figures.isEmpty()) {
            return;
        }
        newTransaction.executeWithoutResult(s -> {
            List<Long> current = jdbc.queryForList("SELECT generation FROM kpi_kept_state WHERE source = ? FOR UPDATE", Long.class, source);
            if (current.isEmpty() || current.getFirst() != generation) {
                log.debug("{} figures not kept: the data changed while they were counted", model);
                return;
            }
            figures.forEach((p, f) -> {
                jdbc.update("DELETE FROM kpi_kept_period WHERE model = ? AND start_at = ? AND end_at = ? AND currency = ?",
                        model, utc(p.start()), utc(p.end()), currency);
                jdbc.update("INSERT INTO kpi_kept_period (source, model, start_at, end_at, currency, computed_at) VALUES (?, ?, ?, ?, ?, ?)",
                        source, model, utc(p.start()), utc(p.end()), currency, utc(now));
                Long id = jdbc.queryForObject("SELECT id FROM kpi_kept_period WHERE model = ? AND start_at = ? AND end_at = ? AND currency = ?",
                        Long.class, model, utc(p.start()), utc(p.end()), currency);
                List<Object[]> rows = new ArrayList<>();
                f.forEach((kpi, splits) -> {
                    int pos = 0;
                    for (var e : splits.entrySet()) {
                        KpiValue v = e.getValue();
                        rows.add(new Object[]{id, kpi, e.getKey(), pos++, v.value() == null ? null : v.value().toPlainString(),
                                v.numerator(), v.denominator()});
                    }
                });
                jdbc.batchUpdate("INSERT INTO kpi_kept_figure (period_id, kpi, split, pos, figure, numerator, denominator) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
            });
        });
    }

    /**
     * A write of the source's data touched moments from {@code earliest} on: called in the writer's transaction, after
     * its other writes (the state row's lock is then the last it takes). When a kept or keepable period may end after
     * {@code earliest}, it deletes the kept figures of the source that end after it and bumps the generation, so that
     * counts in flight do not keep theirs.
     */
    public void changed(Instant earliest, Instant now) {
        if (earliest.isBefore(latestStorableEnd(now))) {
            jdbc.update("UPDATE kpi_kept_state SET generation = generation + 1 WHERE source = ?", source);
            jdbc.update("DELETE FROM kpi_kept_period WHERE source = ? AND end_at > ?", source, utc(earliest));
        }
    }

    /**
     * No kept period, and none a count running now can keep, ends after this: a kept period ended at least
     * {@link #SETTLED_AFTER} before it was kept (an hour's margin for a count's own duration), at a month start — in the
     * shop zone, or in a zone set before, whose month starts lie within 26 hours of this one's. So writes dated today,
     * or in this month after its second day, touch nothing here.
     */
    public Instant latestStorableEnd(Instant now) {
        ZoneId z = zone.get();
        Instant monthStart = ZonedDateTime.ofInstant(now, z).toLocalDate().withDayOfMonth(1).atStartOfDay(z).toInstant();
        Instant bySettling = now.minus(SETTLED_AFTER).plus(Duration.ofHours(1));
        Instant byMonth = monthStart.plus(Duration.ofDays(2));
        return bySettling.isBefore(byMonth) ? bySettling : byMonth;
    }

    /** Forgets every kept figure of the source (data written around the portal's writers: demo data, a benchmark shop). */
    public void clear() {
        jdbc.update("UPDATE kpi_kept_state SET generation = generation + 1 WHERE source = ?", source);
        jdbc.update("DELETE FROM kpi_kept_period WHERE source = ?", source);
    }
}
