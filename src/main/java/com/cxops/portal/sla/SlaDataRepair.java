package com.cxops.portal.sla;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.access.AdminOnly;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.complaints.ComplaintHistory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Repairs the stored targets that were met straight out of a waiting interval before such a target got its due
 * instant: they have a met instant but no due (so no in-time / late decision), and the SLA data check reports them.
 * Their complaints' clocks are replayed from the history ({@link SlaReplay}, the same rules as the live clocks) and
 * each such row takes the replay's due, warning point and breach decision, where the replay agrees with the row on
 * what happened (same start, cycle and met instant); anything else is left for a person to look at. Idempotent: a
 * repaired row has its due and is not picked again. Audited.
 */
@Service
public class SlaDataRepair {

    /** What a repair did: rows repaired, rows found but left (the replay disagrees with them on what happened). */
    public record Result(int repaired, int left) {
    }

    private static final int BATCH = 500;

    private final SlaRecompute recompute;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final com.cxops.portal.complaints.ComplaintKpiStore kept;

    SlaDataRepair(SlaRecompute recompute, JdbcTemplate jdbc, TransactionTemplate tx, AuditTrail audit,
                  com.cxops.portal.complaints.ComplaintKpiStore kept) {
        this.recompute = recompute;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.kept = kept;
    }

    /** How many stored targets were met without a due instant (what {@link #repairMetWithoutDue()} would look at). */
    @AdminOnly
    public long countMetWithoutDue() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM sla_clock WHERE met_at IS NOT NULL AND due_at IS NULL", Long.class);
        return n == null ? 0 : n;
    }

    @AdminOnly
    public Result repairMetWithoutDue() {
        int repaired = 0;
        int left = 0;
        long after = 0;
        SlaRecompute.Run run = recompute.run();
        while (true) {
            List<Long> ids = jdbc.queryForList("SELECT DISTINCT complaint_id FROM sla_clock WHERE met_at IS NOT NULL AND due_at IS NULL "
                    + "AND complaint_id > ? ORDER BY complaint_id LIMIT " + BATCH, Long.class, after);
            if (ids.isEmpty()) {
                break;
            }
            after = ids.getLast();
            Map<Long, Map<SlaTargetKind, SlaClock>> replayed = new HashMap<>();
            List<ComplaintHistory.History> histories = recompute.histories(ids);
            for (SlaReplay.Result r : run.replay(histories)) {
                Map<SlaTargetKind, SlaClock> byKind = new HashMap<>();
                r.clocks().forEach(c -> byKind.put(c.getKind(), c));
                replayed.put(r.complaintId(), byKind);
            }
            List<Object[]> updates = new ArrayList<>();
            int[] skipped = {0};
            jdbc.query("SELECT complaint_id, kind, cycle, started_at, met_at FROM sla_clock WHERE met_at IS NOT NULL AND due_at IS NULL "
                    + "AND complaint_id IN (" + SlaRecompute.in(ids) + ")", rs -> {
                long complaintId = rs.getLong(1);
                SlaTargetKind kind = SlaTargetKind.valueOf(rs.getString(2));
                SlaClock e = replayed.getOrDefault(complaintId, Map.of()).get(kind);
                Instant started = SlaRecompute.utc(rs, 4);
                Instant met = SlaRecompute.utc(rs, 5);
                if (e == null || e.getDueAt() == null || e.getCycle() != rs.getInt(3) || !Objects.equals(e.getStartedAt(), started)
                        || !Objects.equals(e.getMetAt(), met)) {
                    skipped[0]++;
                    return;
                }
                updates.add(new Object[]{SlaRecompute.utc(e.getDueAt()), SlaRecompute.utc(e.getWarnAt()), e.isBreached(),
                        SlaRecompute.utc(e.getBreachedAt()), complaintId, kind.name()});
            });
            List<Instant> starts = new ArrayList<>();
            updates.forEach(u -> starts.add(replayed.get((Long) u[4]).get(SlaTargetKind.valueOf((String) u[5])).getStartedAt()));
            tx.executeWithoutResult(s -> {
                jdbc.batchUpdate("UPDATE sla_clock SET due_at = ?, warn_at = ?, breached = ?, breached_at = ? "
                        + "WHERE complaint_id = ? AND kind = ? AND due_at IS NULL", updates);
                // "breached" decides the compliance figures: the kept ones of these clocks' periods are counted again
                starts.stream().filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder()).ifPresent(kept::changed);
            });
            repaired += updates.size();
            left += skipped[0];
            if (ids.size() < BATCH) {
                break;
            }
        }
        audit.record("SLA_CLOCKS_REPAIRED", "SlaClock", null, AuditDetails.of("audit.detail.clocks-repaired", repaired, left));
        return new Result(repaired, left);
    }
}
