package com.cxops.portal.bench;

import com.cxops.portal.sla.SlaClockRow;
import com.cxops.portal.sla.SlaMonitor;
import com.cxops.portal.sla.SlaPeriod;
import com.cxops.portal.sla.SlaReportService;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.data.domain.PageRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The two service-level operations of the benchmark: the SLA monitor's tick as the scheduler runs it, and what the
 * SLA dashboard loads for a quarter; each with its SQL floor.
 */
final class SlaOperations {

    static final double TICK_P95_MS = 100;
    static final double DASHBOARD_P95_MS = 1_000;
    static final String TICK = "SLA monitor tick";
    static final String DASHBOARD = "SLA dashboard (last full quarter)";

    /** Batch settings of the monitor (SlaSettings), read the way the monitor reads them. */
    private static final String BATCH = "sla.monitor.batch-size";
    private static final String MAX_BATCHES = "sla.monitor.max-batches";

    /** What the first tick found waiting (the work that became due since the history was generated or last ticked). */
    record CatchUp(int targets, double millis) {
    }

    private SlaOperations() {
    }

    /**
     * {@code SlaMonitor.scheduledTick()} under the ShedLock lock the scheduler's {@code @SchedulerLock} takes (the
     * benchmark context runs without the scheduler, so the lock is taken here, on the same provider and table).
     * The first run catches up with what fell due since the clocks were written or last ticked, and is the
     * comparison run: it returns the targets it escalated (complaint/kind, from the escalation rows it added), while
     * the floor, run just before, returns those it finds due. The warm-up runs after it leave the steady state that
     * runs every minute: nothing or next to nothing due.
     */
    static BenchOperation tick(BenchContext ctx) {
        return BenchOperation.ms(TICK, run -> {
            long before = run == 0 ? ctx.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM sla_escalation", Long.class) : 0;
            long t0 = System.nanoTime();
            scheduledTick(ctx);
            if (run != 0) {
                return null;
            }
            double millis = (System.nanoTime() - t0) / 1e6;
            Set<String> escalated = new TreeSet<>();
            ctx.jdbc.query("SELECT complaint_id, kind FROM sla_escalation WHERE id > ?",
                    rs -> { escalated.add(rs.getLong(1) + "/" + rs.getString(2)); }, before);
            ctx.slaCatchUp = new CatchUp(escalated.size(), millis);
            System.out.printf(Locale.ROOT, "SLA monitor: the compared tick (catching up) escalated %d targets in %.0f ms%n",
                    escalated.size(), millis);
            return List.copyOf(escalated);
        }, run -> List.copyOf(dueTargets(ctx)), TICK_P95_MS, 0);
    }

    /** As the scheduler runs it; @SchedulerLock is active only with scheduling on, which the benchmark context has off. */
    static void scheduledTick(BenchContext ctx) {
        Optional<SimpleLock> lock = ctx.locks.lock(new LockConfiguration(ctx.clock.instant(), SlaMonitor.LOCK,
                Duration.ofMinutes(10), Duration.ZERO));
        if (lock.isEmpty()) {
            throw new IllegalStateException("Another node holds the SLA monitor's lock");
        }
        try {
            ctx.slaMonitor.scheduledTick();
        } finally {
            lock.get().unlock();
        }
    }

    /**
     * The floor: the keyset walks over the clocks that find what a tick escalates, in pages of the monitor's batch
     * size and at most its number of batches, on the same indexes (warn_pending/breach_pending with the instant, and
     * the running executive clocks without an alert). Returns complaint/kind of the targets a tick escalates now:
     * the due breaches, the due warnings of the others (a breach clears its pending warning), and the missing
     * executive alerts of the others (a breached executive clock records its alert as skipped).
     */
    static Set<String> dueTargets(BenchContext ctx) {
        int batch = ctx.settings.getInt(BATCH);
        int cap = batch * ctx.settings.getInt(MAX_BATCHES);
        LocalDateTime now = LocalDateTime.ofInstant(ctx.clock.instant(), ZoneOffset.UTC);
        Set<Long> breached = new HashSet<>();
        Set<String> targets = new TreeSet<>();
        walkDue(ctx, "breach_pending", "due_at", now, batch, cap, Set.of(), (id, key) -> {
            breached.add(id);
            targets.add(key);
        });
        walkDue(ctx, "warn_pending", "warn_at", now, batch, cap, breached, (id, key) -> targets.add(key));
        long after = 0;
        int found = 0;
        while (found < cap) {
            List<Map<String, Object>> page = ctx.jdbc.queryForList("SELECT c.id, c.complaint_id, c.kind FROM sla_clock c "
                    + "WHERE c.kind = 'EXECUTIVE_ACK' AND c.running = TRUE AND c.id > ? AND NOT EXISTS (SELECT 1 FROM sla_escalation e "
                    + "WHERE e.complaint_id = c.complaint_id AND e.kind = c.kind AND e.cycle = c.cycle AND e.level = 'EXEC_ALERT') "
                    + "ORDER BY c.id LIMIT " + batch, after);
            for (Map<String, Object> r : page) {
                after = ((Number) r.get("id")).longValue();
                if (!breached.contains(after) && found++ < cap) {
                    targets.add(key(r));
                }
            }
            if (page.size() < batch) {
                break;
            }
        }
        return targets;
    }

    private interface Found {
        void accept(long clockId, String key);
    }

    /** Clocks with the flag pending and the instant passed, soonest first, in keyset pages; skips {@code skip}. */
    private static void walkDue(BenchContext ctx, String pending, String instant, LocalDateTime now, int batch, int cap,
                                Set<Long> skip, Found found) {
        String select = "SELECT id, complaint_id, kind, " + instant + " AS at FROM sla_clock WHERE " + pending + " = TRUE AND "
                + instant + " <= ? ";
        String order = " ORDER BY " + instant + ", id LIMIT " + batch;
        List<Map<String, Object>> page = ctx.jdbc.queryForList(select + order, now);
        int n = 0;
        while (true) {
            Object lastAt = null;
            long lastId = 0;
            for (Map<String, Object> r : page) {
                lastId = ((Number) r.get("id")).longValue();
                lastAt = r.get("at");
                if (!skip.contains(lastId) && n++ < cap) {
                    found.accept(lastId, key(r));
                }
            }
            if (page.size() < batch || n >= cap) {
                return;
            }
            page = ctx.jdbc.queryForList(select + "AND (" + instant + " > ? OR (" + instant + " = ? AND id > ?))" + order,
                    now, lastAt, lastAt, lastId);
        }
    }

    private static String key(Map<String, Object> r) {
        return ((Number) r.get("complaint_id")).longValue() + "/" + r.get("kind");
    }

    /**
     * What the SLA dashboard (SlaDashboardView) loads for a period, as the manager: compliance per target and tier,
     * per team and per agent, and the breaches grid's first page; plus the team risk the manager's home shows beside
     * it. The period is the last full quarter in the manager's zone (UTC), chosen with the view's custom dates.
     * Floor: the one GROUP BY pass over the period's decided targets (added up per target, team and agent by the
     * client), the breaches' first page (its ids sorted from the index, joined to their rows and complaints in the
     * same statement) and the team risk GROUP BY.
     */
    static BenchOperation dashboard(BenchContext ctx) {
        return BenchOperation.ms(DASHBOARD, run -> BenchContext.as(ctx.manager, () -> {
            SlaPeriod q = lastQuarter(ctx);
            SlaReportService reports = ctx.slaReports;
            List<String> out = new ArrayList<>();
            SlaReportService.ComplianceReport report = reports.compliance(q.from(), q.to(), null);
            report.byTarget().forEach(c -> out.add("target " + c.kind() + " " + c.tier() + " " + c.decided() + " " + c.breached()));
            report.byTeam().forEach(c -> out.add("team " + c.group() + " " + c.decided() + " " + c.breached()));
            report.byAgent().forEach(c -> out.add("agent " + c.group() + " " + c.decided() + " " + c.breached()));
            reports.breaches(q.from(), q.to(), null, PageRequest.of(0, BenchUi.FIRST_ROWS)).getContent()
                    .forEach(r -> out.add(breach(r)));
            reports.teamRisk().forEach(r -> out.add("risk " + r.teamId() + " " + r.atRisk() + " " + r.breached()));
            return out;
        }), run -> {
            SlaPeriod q = lastQuarter(ctx);
            LocalDateTime from = LocalDateTime.ofInstant(q.from(), ZoneOffset.UTC);
            LocalDateTime to = LocalDateTime.ofInstant(q.to(), ZoneOffset.UTC);
            Map<String, long[]> targets = new TreeMap<>();
            Map<Long, long[]> teams = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
            Map<Long, long[]> agents = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
            ctx.jdbc.query("SELECT team_id, assignee_id, kind, tier, COUNT(*), SUM(CASE WHEN breached = TRUE THEN 1 ELSE 0 END) "
                    + "FROM sla_clock WHERE started_at >= ? AND started_at < ? AND (met_at IS NOT NULL OR breached = TRUE) "
                    + "GROUP BY team_id, assignee_id, kind, tier", rs -> {
                long decided = rs.getLong(5);
                long breached = rs.getLong(6);
                add(targets, rs.getString(3) + " " + rs.getString(4), decided, breached);
                add(teams, rs.getObject(1) == null ? null : rs.getLong(1), decided, breached);
                add(agents, rs.getObject(2) == null ? null : rs.getLong(2), decided, breached);
            }, from, to);
            List<String> out = new ArrayList<>();
            targets.forEach((k, v) -> out.add("target " + k + " " + v[0] + " " + v[1]));
            teams.forEach((k, v) -> out.add("team " + (k == null ? "" : k) + " " + v[0] + " " + v[1]));
            agents.forEach((k, v) -> out.add("agent " + (k == null ? "" : k) + " " + v[0] + " " + v[1]));
            ctx.jdbc.query("SELECT c.id, c.complaint_id, co.number FROM (SELECT id FROM sla_clock WHERE breached = TRUE AND started_at >= ? "
                            + "AND started_at < ? ORDER BY breached_at DESC, id DESC LIMIT " + BenchUi.FIRST_ROWS + ") p "
                            + "JOIN sla_clock c ON c.id = p.id JOIN complaint co ON co.id = c.complaint_id ORDER BY c.breached_at DESC, c.id DESC",
                    rs -> { out.add("breach " + rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getString(3)); }, from, to);
            LocalDateTime now = LocalDateTime.ofInstant(ctx.clock.instant(), ZoneOffset.UTC);
            ctx.jdbc.query("SELECT team_id, SUM(CASE WHEN due_at >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END) "
                            + "FROM sla_clock WHERE running = TRUE AND due_at < ? GROUP BY team_id ORDER BY team_id",
                    rs -> { out.add("risk " + (rs.getObject(1) == null ? null : rs.getLong(1)) + " " + rs.getLong(2) + " " + rs.getLong(3)); },
                    now, now, now.plus(ctx.slaReports.atRiskWindow()));
            return out;
        }, DASHBOARD_P95_MS, 0);
    }

    private static <K> void add(Map<K, long[]> totals, K key, long decided, long breached) {
        long[] t = totals.computeIfAbsent(key, k -> new long[2]);
        t[0] += decided;
        t[1] += breached;
    }

    /** The last complete calendar quarter before today, in UTC, as the dashboard's custom dates (inclusive). */
    static SlaPeriod lastQuarter(BenchContext ctx) {
        LocalDate today = LocalDate.ofInstant(ctx.clock.instant(), ZoneOffset.UTC);
        LocalDate thisQuarter = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        LocalDate first = thisQuarter.minusMonths(3);
        return SlaPeriod.of(SlaPeriod.Preset.CUSTOM, today, first, thisQuarter.minusDays(1), ZoneOffset.UTC).orElseThrow();
    }

    private static String breach(SlaClockRow r) {
        return "breach " + r.clockId() + " " + r.complaintId() + " " + r.number();
    }

    /** For the table's reader: the clocks the operations work on. */
    static String describe(BenchContext ctx) {
        SlaPeriod q = lastQuarter(ctx);
        Instant now = ctx.clock.instant();
        return String.format(Locale.ROOT, "SLA clocks: %d running, %d ended; last full quarter %s to %s: %d clocks started",
                ctx.jdbc.queryForObject("SELECT COUNT(*) FROM sla_clock WHERE running = TRUE", Long.class),
                ctx.jdbc.queryForObject("SELECT COUNT(*) FROM sla_clock WHERE running = FALSE", Long.class),
                q.from(), q.to(), ctx.jdbc.queryForObject("SELECT COUNT(*) FROM sla_clock WHERE started_at >= ? AND started_at < ?",
                        Long.class, LocalDateTime.ofInstant(q.from(), ZoneOffset.UTC), LocalDateTime.ofInstant(q.to(), ZoneOffset.UTC)))
                + " (now " + now + ")";
    }
}
