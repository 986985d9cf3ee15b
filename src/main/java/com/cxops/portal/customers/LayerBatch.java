package com.cxops.portal.customers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One batch of {@link LayerRecomputation}: the customers of an id range aggregated with one GROUP BY over their paid
 * orders, decided by {@link LayerRules}, and the changed ones written (customer row, layer history) with their events;
 * the caller runs it in a transaction.
 */
final class LayerBatch {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final CustomerKpiStore kpiStore;
    private final Clock clock;

    LayerBatch(JdbcTemplate jdbc, ApplicationEventPublisher events, CustomerKpiStore kpiStore, Clock clock) {
        this.kpiStore = kpiStore;
        this.clock = clock;
        this.jdbc = jdbc;
        this.events = events;
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

    /**
     * Recomputes customers with ids in [from, to] at {@code now} with the run's windows, top-spend cut and RFM
     * boundaries; writes only the changed rows and their layer history; returns {changed, entered at risk}.
     */
    long[] write(long from, long to, Instant now, Instant spendFrom, Instant activeFrom, String currency, Optional<BigDecimal> cut,
                 LayerRecomputation.Boundaries b, LayerRules rules, boolean live) {
        LocalDateTime spendSince = utc(spendFrom);
        // a replay at a past moment leaves out customers not registered yet
        String sql = live ? FACTS : FACTS.replace("WHERE c.id BETWEEN ? AND ?", "WHERE c.id BETWEEN ? AND ? AND (c.registered_at IS NULL OR c.registered_at <= ?)");
        List<Object> params = new ArrayList<>(List.of(utc(activeFrom), spendSince, currency, spendSince, currency,
                spendSince, spendSince, utc(now), from, to));
        if (!live) {
            params.add(utc(now));
        }
        List<Row> rows = jdbc.query(sql, (rs, i) -> row(rs, cut), params.toArray());
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<Long> enteredAtRisk = new ArrayList<>();
        List<CustomerHighNetWorthChanged> hnwChanges = new ArrayList<>();
        for (Row row : rows) {
            LayerDecision d = rules.decide(row.facts(), now);
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
                    layerChanged ? utc(now) : null, row.id()});
            if (d.highNetWorth() != row.hnw()) {
                hnwChanges.add(new CustomerHighNetWorthChanged(row.id(), d.highNetWorth(), now));
            }
            if (d.layer() != row.layer() || row.reason() == null) {
                // A first computation (no reason yet) records where the customer starts, from = null.
                history.add(new Object[]{row.id(), row.reason() == null ? null : row.layer().name(), d.layer().name(),
                        utc(now), reason});
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
            // a replay writes changes at past moments: the stored review figures after them no longer hold
            kpiStore.changed(now, clock.instant());
            jdbc.batchUpdate("INSERT INTO customer_layer_change (customer_id, from_layer, to_layer, changed_at, reason) "
                    + "VALUES (?, ?, ?, ?, ?)", history);
        }
        if (live) {
            for (Long id : enteredAtRisk) {
                events.publishEvent(new CustomerEnteredAtRisk(id, now));
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

    private static LocalDateTime utc(Instant instant) {
        return LayerRecomputation.utc(instant);
    }
}
