package com.cxops.portal.sla;

import com.cxops.portal.complaints.ComplaintHistory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives complaints that have no clocks their clocks, computed from their whole recorded history ({@link SlaReplay},
 * the rules of the live clocks) and written in bulk, batch by batch, with their waiting intervals; then the queue
 * summary of each complaint with a running target. The one replay behind the demo data and the large-shop
 * generator. A system component (no person): its callers decide who may run it.
 */
@Component
public class SlaBulkReplay {

    /** What was written: complaints given clocks, clocks (running ones), waiting intervals. */
    public record Written(int complaints, long clocks, long runningClocks, long pauses) {
    }

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SlaRecompute recompute;
    private final SlaClockService clocks;
    private final Clock clock;
    private final com.cxops.portal.complaints.ComplaintKpiStore kept;

    SlaBulkReplay(JdbcTemplate jdbc, TransactionTemplate tx, SlaRecompute recompute, SlaClockService clocks, Clock clock,
                  com.cxops.portal.complaints.ComplaintKpiStore kept) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.recompute = recompute;
        this.clocks = clocks;
        this.clock = clock;
        this.kept = kept;
    }

    /** Every complaint with an id in [firstId, lastId] that has no clocks gets them from its history. */
    public Written replayMissing(long firstId, long lastId) {
        SlaRecompute.Run run = recompute.run();
        long after = firstId - 1;
        int complaints = 0;
        long[] counts = new long[3];
        Instant end = clock.instant().plusSeconds(86_400L * 366 * 100);
        while (after < lastId) {
            List<ComplaintHistory.History> page = run.page(after, Instant.EPOCH, end, BATCH);
            if (page.isEmpty()) {
                break;
            }
            after = page.getLast().complaintId();
            List<ComplaintHistory.History> inRange = page.stream().filter(h -> h.complaintId() <= lastId).toList();
            if (inRange.isEmpty()) {
                break;
            }
            Set<Long> withClocks = new HashSet<>(jdbc.queryForList("SELECT DISTINCT complaint_id FROM sla_clock WHERE complaint_id IN ("
                    + SlaRecompute.in(inRange.stream().map(ComplaintHistory.History::complaintId).toList()) + ")", Long.class));
            List<ComplaintHistory.History> missing = inRange.stream().filter(h -> !withClocks.contains(h.complaintId())).toList();
            if (!missing.isEmpty()) {
                write(run.replay(missing), counts);
                complaints += missing.size();
            }
        }
        return new Written(complaints, counts[0], counts[1], counts[2]);
    }

    /** Writes the queue summary of every complaint with an id in [firstId, lastId] that has a running target. */
    public int syncSummaries(long firstId, long lastId) {
        List<Long> ids = jdbc.queryForList("SELECT DISTINCT complaint_id FROM sla_clock WHERE running = TRUE AND complaint_id BETWEEN ? AND ? "
                + "ORDER BY complaint_id", Long.class, firstId, lastId);
        ids.forEach(id -> tx.executeWithoutResult(s -> clocks.syncSummary(id)));
        return ids.size();
    }

    private void write(List<SlaReplay.Result> results, long[] counts) {
        Instant now = clock.instant();
        List<Object[]> clockRows = new ArrayList<>();
        List<Object[]> pauseRows = new ArrayList<>();
        List<Long> running = new ArrayList<>();
        for (SlaReplay.Result r : results) {
            boolean anyRunning = false;
            for (SlaClock c : r.clocks()) {
                anyRunning |= c.isRunning();
                counts[1] += c.isRunning() ? 1 : 0;
                clockRows.add(new Object[]{c.getComplaintId(), c.getKind().name(), c.getTier().name(), c.getTeamId(), c.getAssigneeId(),
                        Math.toIntExact(c.getDuration().toMinutes()), c.getCalendarId(), c.getWarningPercent(), c.getCycle(), c.isRunning(),
                        SlaRecompute.utc(c.getStartedAt()), SlaRecompute.utc(c.getPausedSince()), SlaRecompute.utc(c.getDueAt()),
                        SlaRecompute.utc(c.getWarnAt()), c.isBreached(), SlaRecompute.utc(c.getBreachedAt()),
                        SlaRecompute.utc(c.getMetAt()), c.getBusinessMinutes(), c.isWarnPending(), c.isBreachPending(),
                        SlaRecompute.utc(c.getCancelledAt()), SlaRecompute.utc(now), "system"});
            }
            for (Interval p : r.pauses()) {
                pauseRows.add(new Object[]{r.complaintId(), SlaRecompute.utc(p.start()), SlaRecompute.utc(p.end()), SlaRecompute.utc(now), "system"});
            }
            if (anyRunning) {
                running.add(r.complaintId());
            }
        }
        counts[0] += clockRows.size();
        counts[2] += pauseRows.size();
        tx.executeWithoutResult(s -> {
            jdbc.batchUpdate("INSERT INTO sla_clock (complaint_id, kind, tier, team_id, assignee_id, duration_minutes, calendar_id, "
                    + "warning_percent, cycle, running, started_at, paused_since, due_at, warn_at, breached, breached_at, met_at, "
                    + "business_minutes, warn_pending, breach_pending, cancelled_at, updated_at, updated_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", clockRows, BATCH, (ps, row) -> {
                for (int k = 0; k < row.length; k++) {
                    ps.setObject(k + 1, row[k]);
                }
            });
            jdbc.batchUpdate("INSERT INTO sla_pause (complaint_id, started_at, ended_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)",
                    pauseRows, BATCH, (ps, row) -> {
                        for (int k = 0; k < row.length; k++) {
                            ps.setObject(k + 1, row[k]);
                        }
                    });
            // clocks written in plain SQL: the kept SLA figures of their periods are counted again
            results.stream().flatMap(r -> r.clocks().stream()).map(SlaClock::getStartedAt).filter(java.util.Objects::nonNull)
                    .min(java.util.Comparator.naturalOrder()).ifPresent(kept::changed);
        });
        running.forEach(id -> tx.executeWithoutResult(s -> clocks.syncSummary(id)));
    }
}
