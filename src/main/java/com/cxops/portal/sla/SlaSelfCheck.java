package com.cxops.portal.sla;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.access.AdminOnly;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.ComplaintHistory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * The SLA data check: recomputes complaints' clocks from their recorded history with the pure calculator
 * ({@link SlaReplay}) and compares them with the stored rows, field by field, and the stored waiting intervals. None
 * expected: a difference means a stored row disagrees with what happened (a missed event, a hand edit, a policy or
 * calendar changed after the clock started, a bug).
 * <p>
 * Compared per target: which targets exist, tier, duration, calendar, warning %, cycle, running, started, paused
 * since, due, warning point, met, business minutes, cancelled, breached and breached-at. A running target past its due instant
 * is breached by the monitor on its next run, so for running targets only a breach of an earlier cycle (decided when
 * it was replaced) must match, and a breach of the current cycle must be at its due instant, which has passed.
 */
@Service
public class SlaSelfCheck {

    /** One disagreement: a field of a complaint's target (kind null for the waiting intervals). */
    public record Difference(long complaintId, String number, SlaTargetKind kind, String field, String stored, String expected) {
    }

    /** What a check found: complaints and targets compared, the differences (at most the setting's number). */
    public record Report(int complaints, int clocks, List<Difference> differences, boolean truncated) {
    }

    private static final int BATCH = 500;

    private final SlaRecompute recompute;
    private final JdbcTemplate jdbc;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final Clock clock;

    SlaSelfCheck(SlaRecompute recompute, JdbcTemplate jdbc, SettingsService settings, AuditTrail audit, Clock clock) {
        this.recompute = recompute;
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks the complaints logged in [from, to); {@code progress} hears how many complaints are done so far. */
    @AdminOnly
    public Report check(Instant from, Instant to, IntConsumer progress) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw com.cxops.portal.base.InvalidInputException.of("period", "sla.check.error.period");
        }
        Report report = check(from, to, 0, Long.MAX_VALUE, progress);
        audit.record("SLA_DATA_CHECKED", "SlaClock", null, AuditDetails.of("audit.detail.checked-period", from, to, summary(report)));
        return report;
    }

    /** Checks the complaints with ids in [firstId, lastId], whenever logged (a generated shop, a repaired range). */
    @AdminOnly
    public Report checkComplaints(long firstId, long lastId, IntConsumer progress) {
        Report report = check(Instant.EPOCH, clock.instant().plusSeconds(86_400L * 366 * 100), firstId, lastId, progress);
        audit.record("SLA_DATA_CHECKED", "SlaClock", null, AuditDetails.of("audit.detail.checked-complaints", String.valueOf(firstId), String.valueOf(lastId), summary(report)));
        return report;
    }

    /** "120 complaints, 3 differences" in the viewer's language (more than the list holds when it was cut). */
    private static AuditDetails summary(Report r) {
        return AuditDetails.of(r.truncated() ? "audit.detail.check-summary-truncated" : "audit.detail.check-summary",
                r.complaints(), r.differences().size());
    }

    private Report check(Instant from, Instant to, long firstId, long lastId, IntConsumer progress) {
        int max = settings.getInt(SlaSettings.SELF_CHECK_MAX_DIFFERENCES);
        Instant now = clock.instant();
        SlaRecompute.Run run = recompute.run();
        List<Difference> differences = new ArrayList<>();
        int complaints = 0;
        int clocks = 0;
        boolean truncated = false;
        long after = firstId - 1;
        while (after < lastId) {
            List<ComplaintHistory.History> page = run.page(after, from, to, BATCH).stream().filter(h -> h.complaintId() <= lastId).toList();
            if (page.isEmpty()) {
                break;
            }
            after = page.getLast().complaintId();
            List<Long> ids = page.stream().map(ComplaintHistory.History::complaintId).toList();
            Map<Long, Map<SlaTargetKind, StoredClock>> stored = storedClocks(ids);
            Map<Long, List<Interval>> storedPauses = storedPauses(ids);
            Map<Long, String> numbers = new HashMap<>();
            page.forEach(h -> numbers.put(h.complaintId(), h.number()));
            for (SlaReplay.Result r : run.replay(page)) {
                List<Difference> found = compare(numbers.get(r.complaintId()), r, stored.getOrDefault(r.complaintId(), Map.of()),
                        storedPauses.getOrDefault(r.complaintId(), List.of()), now);
                for (Difference d : found) {
                    if (differences.size() < max) {
                        differences.add(d);
                    } else {
                        truncated = true;
                    }
                }
                clocks += r.clocks().size();
            }
            complaints += page.size();
            if (progress != null) {
                progress.accept(complaints);
            }
        }
        return new Report(complaints, clocks, List.copyOf(differences), truncated);
    }

    /** How many complaints were logged in [from, to) (the progress bar's end). */
    @AdminOnly
    public long count(Instant from, Instant to) {
        return recompute.count(from, to);
    }

    private record StoredClock(SlaTargetKind kind, String tier, int duration, long calendarId, int warningPercent, int cycle, boolean running,
                               Instant started, Instant pausedSince, Instant due, Instant warn, Instant met, Long businessMinutes,
                               boolean breached, Instant breachedAt, Instant cancelledAt) {
    }

    private Map<Long, Map<SlaTargetKind, StoredClock>> storedClocks(List<Long> ids) {
        Map<Long, Map<SlaTargetKind, StoredClock>> byComplaint = new HashMap<>();
        jdbc.query("SELECT complaint_id, kind, tier, duration_minutes, calendar_id, warning_percent, cycle, running, started_at, paused_since, "
                + "due_at, warn_at, met_at, business_minutes, breached, breached_at, cancelled_at FROM sla_clock WHERE complaint_id IN ("
                + SlaRecompute.in(ids) + ")", rs -> {
            long minutes = rs.getLong(14);
            Long business = rs.wasNull() ? null : minutes;
            StoredClock c = new StoredClock(SlaTargetKind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getInt(6),
                    rs.getInt(7), rs.getBoolean(8), SlaRecompute.utc(rs, 9), SlaRecompute.utc(rs, 10), SlaRecompute.utc(rs, 11),
                    SlaRecompute.utc(rs, 12), SlaRecompute.utc(rs, 13), business, rs.getBoolean(15), SlaRecompute.utc(rs, 16),
                    SlaRecompute.utc(rs, 17));
            byComplaint.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(c.kind(), c);
        });
        return byComplaint;
    }

    private Map<Long, List<Interval>> storedPauses(List<Long> ids) {
        Map<Long, List<Interval>> byComplaint = new HashMap<>();
        jdbc.query("SELECT complaint_id, started_at, ended_at FROM sla_pause WHERE complaint_id IN (" + SlaRecompute.in(ids)
                + ") ORDER BY complaint_id, started_at", rs -> {
            byComplaint.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Interval(SlaRecompute.utc(rs, 2), SlaRecompute.utc(rs, 3)));
        });
        return byComplaint;
    }

    static List<Difference> compare(String number, SlaReplay.Result expected, Map<SlaTargetKind, StoredClock> stored, List<Interval> storedPauses,
                                    Instant now) {
        List<Difference> out = new ArrayList<>();
        long id = expected.complaintId();
        Map<SlaTargetKind, SlaClock> byKind = new LinkedHashMap<>();
        expected.clocks().forEach(c -> byKind.put(c.getKind(), c));
        for (SlaTargetKind kind : SlaTargetKind.values()) {
            SlaClock e = byKind.get(kind);
            StoredClock s = stored.get(kind);
            if (e == null && s == null) {
                continue;
            }
            if (e == null || s == null) {
                out.add(new Difference(id, number, kind, "exists", Boolean.toString(s != null), Boolean.toString(e != null)));
                continue;
            }
            field(out, id, number, kind, "tier", s.tier(), e.getTier().name());
            field(out, id, number, kind, "duration", s.duration(), Math.toIntExact(e.getDuration().toMinutes()));
            field(out, id, number, kind, "calendar", s.calendarId(), e.getCalendarId());
            field(out, id, number, kind, "warningPercent", s.warningPercent(), e.getWarningPercent());
            field(out, id, number, kind, "cycle", s.cycle(), e.getCycle());
            field(out, id, number, kind, "running", s.running(), e.isRunning());
            field(out, id, number, kind, "startedAt", s.started(), e.getStartedAt());
            field(out, id, number, kind, "pausedSince", s.pausedSince(), e.getPausedSince());
            field(out, id, number, kind, "dueAt", s.due(), e.getDueAt());
            field(out, id, number, kind, "warnAt", s.warn(), e.getWarnAt());
            field(out, id, number, kind, "metAt", s.met(), e.getMetAt());
            field(out, id, number, kind, "businessMinutes", s.businessMinutes(), e.getBusinessMinutes());
            field(out, id, number, kind, "cancelledAt", s.cancelledAt(), e.getCancelledAt());
            if (e.isRunning()) {
                boolean storedEarlier = s.breached() && s.breachedAt() != null && s.breachedAt().isBefore(s.started());
                boolean expectedEarlier = e.isBreached() && e.getBreachedAt() != null && e.getBreachedAt().isBefore(e.getStartedAt());
                field(out, id, number, kind, "breachedEarlierCycle", storedEarlier, expectedEarlier);
                boolean storedThisCycle = s.breached() && !storedEarlier;
                if (storedThisCycle && (e.getDueAt() == null || e.getDueAt().isAfter(now) || !Objects.equals(s.breachedAt(), e.getDueAt()))) {
                    field(out, id, number, kind, "breachedAt", s.breachedAt(), e.getDueAt() != null && !e.getDueAt().isAfter(now) ? e.getDueAt() : null);
                }
            } else {
                field(out, id, number, kind, "breached", s.breached(), e.isBreached());
                field(out, id, number, kind, "breachedAt", s.breachedAt(), e.getBreachedAt());
            }
        }
        if (!storedPauses.equals(expected.pauses())) {
            out.add(new Difference(id, number, null, "pauses", storedPauses.toString(), expected.pauses().toString()));
        }
        return out;
    }

    private static void field(List<Difference> out, long id, String number, SlaTargetKind kind, String name, Object stored, Object expected) {
        if (!Objects.equals(stored, expected)) {
            out.add(new Difference(id, number, kind, name, String.valueOf(stored), String.valueOf(expected)));
        }
    }
}
