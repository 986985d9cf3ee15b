package com.cxops.portal.complaints;

import com.cxops.portal.customers.CustomerFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Read model for the SLA feature (a system read, no person): each complaint's recorded history as the SLA clocks need
 * it, from the processing log: created, every status change, every tier change and the executive acknowledgement, in
 * the order they happened. Keyset pages by id, so the whole data set is walked in bounded memory.
 */
@Component
@Transactional(readOnly = true)
public class ComplaintHistory {

    /** One recorded step: kind STATUS, TIER or EXECUTIVE_ACK, with its codes (from may be null). */
    public record Step(long entryId, Instant at, TimelineKind kind, String from, String to) {
    }

    /** A complaint's history: the facts the clocks start from and its steps in order (time, then log order). */
    public record History(long complaintId, String number, Instant createdAt, Tier tier, SpreadRisk spreadRisk,
                          com.cxops.portal.customers.CustomerLayer customerLayer, boolean customerVip, Long teamId, Long assigneeId,
                          List<Step> steps) {

        /** DOMAIN.md public-opinion rule, as {@link SlaFacts#publicOpinion()}. */
        public boolean publicOpinion() {
            return spreadRisk == SpreadRisk.PUBLIC_POST || spreadRisk == SpreadRisk.MEDIA_VIRAL;
        }

        /** The tier it was logged with: the first tier step's value, else the current tier. */
        public Tier initialTier() {
            return steps.stream().filter(s -> s.kind() == TimelineKind.TIER && s.from() == null).findFirst()
                    .map(s -> Tier.valueOf(s.to())).orElse(tier);
        }
    }

    /** The customer's layer and VIP mark come from customers' read model, not a join on their table. */
    private static final String SELECT = "SELECT c.id, c.number, c.created_at, c.tier, c.spread_risk, c.customer_id, "
            + "c.team_id, c.assignee_id FROM complaint c ";

    private record Row(long id, String number, Instant createdAt, Tier tier, SpreadRisk spreadRisk, long customerId,
                       Long teamId, Long assigneeId) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        long team = rs.getLong(7);
        Long teamId = rs.wasNull() ? null : team;
        long assignee = rs.getLong(8);
        Long assigneeId = rs.wasNull() ? null : assignee;
        return new Row(rs.getLong(1), rs.getString(2), utc(rs, 3), Tier.valueOf(rs.getString(4)),
                SpreadRisk.valueOf(rs.getString(5)), rs.getLong(6), teamId, assigneeId);
    }

    /** The rows with their customers' layer and VIP mark, by id, in the rows' order. */
    private Map<Long, History> histories(List<Row> rows) {
        Map<Long, CustomerFacts.Snapshot> customers = this.customers.snapshots(rows.stream().map(Row::customerId).toList());
        Map<Long, History> byId = new LinkedHashMap<>();
        for (Row r : rows) {
            CustomerFacts.Snapshot cu = customers.get(r.customerId());
            if (cu == null) {
                continue; // as the inner join left out a complaint without its customer
            }
            byId.put(r.id(), new History(r.id(), r.number(), r.createdAt(), r.tier(), r.spreadRisk(), cu.layer(), cu.vip(),
                    r.teamId(), r.assigneeId(), new ArrayList<>()));
        }
        return byId;
    }

    private final JdbcTemplate jdbc;
    private final CustomerFacts customers;

    ComplaintHistory(JdbcTemplate jdbc, CustomerFacts customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    /** The complaints with id above {@code afterId} created in [from, to), at most {@code limit}, by id. */
    public List<History> page(long afterId, Instant from, Instant to, int limit) {
        List<Row> rows = jdbc.query(SELECT + "WHERE c.id > ? AND c.created_at >= ? AND c.created_at < ? ORDER BY c.id LIMIT ?",
                (rs, n) -> row(rs), afterId, LocalDateTime.ofInstant(from, ZoneOffset.UTC), LocalDateTime.ofInstant(to, ZoneOffset.UTC), limit);
        Map<Long, History> byId = histories(rows);
        steps(byId);
        return List.copyOf(byId.values());
    }

    /** How many complaints were created in [from, to). */
    public long count(Instant from, Instant to) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE created_at >= ? AND created_at < ?", Long.class,
                LocalDateTime.ofInstant(from, ZoneOffset.UTC), LocalDateTime.ofInstant(to, ZoneOffset.UTC));
        return n == null ? 0 : n;
    }

    /** The histories of these complaints (unknown ids are left out), by id. */
    public List<History> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
        Map<Long, History> byId = histories(jdbc.query(SELECT + "WHERE c.id IN (" + in + ") ORDER BY c.id", (rs, n) -> row(rs)));
        steps(byId);
        return List.copyOf(byId.values());
    }

    private void steps(Map<Long, History> byId) {
        if (byId.isEmpty()) {
            return;
        }
        String in = byId.keySet().stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
        jdbc.query("SELECT complaint_id, id, occurred_at, kind, from_value, to_value FROM complaint_timeline WHERE complaint_id IN (" + in
                + ") AND kind IN ('STATUS', 'TIER', 'EXECUTIVE_ACK') ORDER BY complaint_id, occurred_at, id", rs -> {
            byId.get(rs.getLong(1)).steps().add(new Step(rs.getLong(2), utc(rs, 3),
                    TimelineKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)));
        });
    }

    /** DATETIME columns hold UTC (hibernate.jdbc.time_zone=UTC). */
    private static Instant utc(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
