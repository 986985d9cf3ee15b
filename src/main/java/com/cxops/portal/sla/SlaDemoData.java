package com.cxops.portal.sla;

import com.cxops.portal.complaints.ComplaintAcknowledgedByExecutive;
import com.cxops.portal.complaints.ComplaintCreated;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.ComplaintStatusChanged;
import com.cxops.portal.complaints.Tier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Service-level clocks for the demo complaints (which are written in bulk, without events): the complaints of the
 * last weeks and every open one replay their recorded state changes through the clock service, so the queue badges,
 * the at-risk view and the dashboard show real figures. The monitor then escalates what is overdue, once each.
 */
@Component
class SlaDemoData {

    private static final Logger log = LoggerFactory.getLogger(SlaDemoData.class);
    private static final Duration RECENT = Duration.ofDays(62);
    private static final int BATCH = 200;

    private record Row(long id, Tier tier, ComplaintStatus status, Instant created, Instant acknowledged, Instant inProgress,
                       Instant waiting, Instant resolved, Instant closed, Instant reopened, String execAckBy, Instant execAckAt) {
    }

    private record Step(ComplaintStatus to, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SlaClockService clocks;
    private final Clock clock;
    private final boolean enabled;

    SlaDemoData(JdbcTemplate jdbc, TransactionTemplate tx, SlaClockService clocks, Clock clock,
                @Value("${portal.demo.enabled:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clocks = clocks;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    public void load() {
        Integer existing = enabled ? jdbc.queryForObject("SELECT COUNT(*) FROM sla_clock", Integer.class) : null;
        if (existing == null || existing > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        Timestamp since = Timestamp.from(clock.instant().minus(RECENT));
        long after = 0;
        int done = 0;
        while (true) {
            List<Row> rows = jdbc.query(SELECT + " WHERE id > ? AND (created_at >= ? OR status NOT IN ('RESOLVED', 'CLOSED'))"
                    + " ORDER BY id LIMIT ?", SlaDemoData::row, after, since, BATCH);
            if (rows.isEmpty()) {
                break;
            }
            tx.executeWithoutResult(s -> rows.forEach(this::replay));
            rows.forEach(r -> clocks.syncSummary(r.id()));
            after = rows.getLast().id();
            done += rows.size();
        }
        log.info("SLA demo clocks: {} complaints replayed in {} ms", done, System.currentTimeMillis() - started);
    }

    private static final String SELECT = """
            SELECT id, tier, status, created_at, acknowledged_at, in_progress_at, waiting_since, resolved_at,
                   closed_at, reopened_at, exec_ack_by, exec_ack_at FROM complaint""";

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(rs.getLong(1), Tier.valueOf(rs.getString(2)), ComplaintStatus.valueOf(rs.getString(3)),
                instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)),
                instant(rs.getTimestamp(10)), rs.getString(11), instant(rs.getTimestamp(12)));
    }

    /** Replays one complaint (its clocks must not exist yet). */
    void replay(long complaintId) {
        Row r = jdbc.queryForObject(SELECT + " WHERE id = ?", SlaDemoData::row, complaintId);
        tx.executeWithoutResult(s -> replay(r));
        clocks.syncSummary(complaintId);
    }

    /** The complaint's recorded moments, in order, as the status changes that led to its current state. */
    private void replay(Row r) {
        clocks.onCreated(new ComplaintCreated(r.id(), r.tier(), r.created()));
        List<Step> steps = new ArrayList<>();
        add(steps, ComplaintStatus.ACKNOWLEDGED, r.acknowledged());
        add(steps, ComplaintStatus.IN_PROGRESS, r.inProgress());
        if (r.status() == ComplaintStatus.WAITING_CUSTOMER) {
            add(steps, ComplaintStatus.WAITING_CUSTOMER, r.waiting());
        }
        add(steps, ComplaintStatus.RESOLVED, r.resolved());
        add(steps, ComplaintStatus.CLOSED, r.closed());
        add(steps, ComplaintStatus.REOPENED, r.reopened());
        steps.sort(Comparator.comparing(Step::at));
        if (r.execAckAt() != null) {
            clocks.onExecutiveAcknowledged(new ComplaintAcknowledgedByExecutive(r.id(), r.execAckBy(), r.execAckAt()));
        }
        ComplaintStatus from = ComplaintStatus.NEW;
        for (Step step : steps) {
            clocks.onStatusChanged(new ComplaintStatusChanged(r.id(), from, step.to(), step.at()));
            from = step.to();
        }
    }

    private static void add(List<Step> steps, ComplaintStatus to, Instant at) {
        if (at != null) {
            steps.add(new Step(to, at));
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
